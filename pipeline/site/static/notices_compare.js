/* The compare page: pointing at a shared passage on one side marks its counterpart on the other
   (the two <mark>s share a data-passage key). */
(function () {
  "use strict";
  function marks(key) {
    return document.querySelectorAll('mark.notices-shared[data-passage="' + key + '"]');
  }
  function toggle(event, on) {
    var mark = event.target.closest && event.target.closest("mark.notices-shared");
    if (!mark) { return; }
    Array.prototype.forEach.call(marks(mark.getAttribute("data-passage")), function (each) {
      each.classList.toggle("notices-shared-active", on);
    });
  }
  document.addEventListener("mouseover", function (event) { toggle(event, true); });
  document.addEventListener("mouseout", function (event) { toggle(event, false); });
})();
