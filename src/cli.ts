export function main(): void { console.log("prep-print"); }
