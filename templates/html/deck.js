/*
 * prep-print's practice deck: one card at a time. Tap or click the card (or press Space) to flip it,
 * ← → or a swipe to move, Shuffle to mix the cards, the select to keep one principle's cards.
 * Without this script the page shows every card, front then back. Copy it into your templates
 * folder as html/deck.js to change it.
 */
(function () {
  "use strict";
  var deck = document.getElementById("deck");
  if (!deck) return;
  var cards = Array.prototype.slice.call(deck.querySelectorAll(".card"));
  var filter = document.getElementById("deck-filter");
  var counter = document.getElementById("deck-counter");
  var prev = document.getElementById("deck-prev");
  var next = document.getElementById("deck-next");
  var empty = deck.querySelector(".deck-empty");
  var order = cards.map(function (_, i) { return i; });
  var shown = order.slice();
  var position = 0;

  function current() {
    var index = shown[position];
    return index === undefined ? null : cards[index];
  }

  function render() {
    var card = current();
    cards.forEach(function (c) { c.classList.toggle("current", c === card); if (c !== card) c.classList.remove("flipped"); });
    counter.textContent = (shown.length === 0 ? 0 : position + 1) + " / " + shown.length;
    prev.disabled = position <= 0;
    next.disabled = position >= shown.length - 1;
    if (empty) empty.hidden = shown.length > 0;
  }

  function move(step) {
    var target = Math.min(Math.max(position + step, 0), Math.max(shown.length - 1, 0));
    if (target === position) return;
    position = target;
    render();
  }

  function flip() {
    var card = current();
    if (card) card.classList.toggle("flipped");
  }

  function matches(index) {
    var wanted = filter.value;
    if (wanted === "") return true;
    return (cards[index].getAttribute("data-principles") || "").split(" ").indexOf(wanted) >= 0;
  }

  function refilter() {
    shown = order.filter(matches);
    position = 0;
    render();
  }

  function shuffle() {
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    refilter();
  }

  function isControl(target) {
    return target instanceof Element && target.closest("a, button, select, input, textarea, label") !== null;
  }

  deck.addEventListener("click", function (event) {
    var selected = window.getSelection ? String(window.getSelection()) : "";
    if (isControl(event.target) || selected !== "") return;
    if (event.target instanceof Element && event.target.closest(".card")) flip();
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    var onControl = isControl(event.target);
    if (event.key === "ArrowRight" && !(event.target instanceof HTMLSelectElement)) { move(1); event.preventDefault(); }
    else if (event.key === "ArrowLeft" && !(event.target instanceof HTMLSelectElement)) { move(-1); event.preventDefault(); }
    else if ((event.key === " " || event.key === "Enter") && !onControl) { flip(); event.preventDefault(); }
  });

  var touch = null;
  deck.addEventListener("touchstart", function (event) {
    var t = event.changedTouches[0];
    touch = t ? { x: t.clientX, y: t.clientY } : null;
  }, { passive: true });
  deck.addEventListener("touchend", function (event) {
    var t = event.changedTouches[0];
    if (!touch || !t) return;
    var dx = t.clientX - touch.x;
    var dy = t.clientY - touch.y;
    touch = null;
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) move(dx < 0 ? 1 : -1);
  }, { passive: true });

  document.getElementById("deck-flip").addEventListener("click", flip);
  prev.addEventListener("click", function () { move(-1); });
  next.addEventListener("click", function () { move(1); });
  document.getElementById("deck-shuffle").addEventListener("click", shuffle);
  filter.addEventListener("change", refilter);

  Array.prototype.forEach.call(document.querySelectorAll(".deck-tools, .deck-hint, .deck-nav"), function (el) { el.hidden = false; });
  refilter(); // a reload may have kept the filter's last choice
})();
