// Progressive enhancement for the compare page: next / previous passage and synced scrolling.
(function () {
  var nav = document.querySelector('.passage-nav');
  var now = document.getElementById('passage-now');
  var target = document.querySelectorAll('.side-target mark.passage');
  if (!nav || !target.length) return;
  var current = 1;
  function show(n) {
    current = Math.max(1, Math.min(target.length, n));
    var pair = [document.getElementById('s-p' + current), document.getElementById('t-p' + current)];
    pair.forEach(function (el) { if (el) { el.scrollIntoView({ block: 'center' }); el.classList.add('current'); } });
    document.querySelectorAll('mark.passage.current').forEach(function (el) { if (pair.indexOf(el) < 0) el.classList.remove('current'); });
    if (now) now.textContent = String(current);
  }
  nav.addEventListener('click', function (e) {
    var link = e.target.closest('[data-step]');
    if (!link) return;
    e.preventDefault();
    show(current + Number(link.getAttribute('data-step')));
  });
  // Keep the two sides level: scrolling one scrolls the other to the same share of its length.
  var sides = document.querySelectorAll('.side-text');
  var syncing = false;
  sides.forEach(function (el, i) {
    el.addEventListener('scroll', function () {
      if (syncing) return;
      syncing = true;
      var other = sides[1 - i];
      var share = el.scrollTop / Math.max(1, el.scrollHeight - el.clientHeight);
      other.scrollTop = share * (other.scrollHeight - other.clientHeight);
      requestAnimationFrame(function () { syncing = false; });
    });
  });
})();
