// The report's one script: on an article page, the checkboxes show or hide sentences by status.
// The pages read the same without it; the checkboxes stay hidden unless this runs.
(function () {
  'use strict';
  var filters = document.querySelector('.filters');
  if (!filters) {
    return;
  }

  filters.hidden = false;
  filters.addEventListener('change', function () {
    var boxes = filters.querySelectorAll('input[data-status]');
    for (var i = 0; i < boxes.length; i++) {
      document.body.classList.toggle('hide-' + boxes[i].getAttribute('data-status'), !boxes[i].checked);
    }
  });
})();
