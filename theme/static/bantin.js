// bantin: font-size controls (A- / A / A+) kept across pages, and the print button.
// The page works fully without this script: it only reveals and drives the optional controls.
(function () {
  'use strict';
  var KEY = 'bantin.fontStep';
  var MIN = -2;
  var MAX = 4;

  function clamp(step) { return Math.max(MIN, Math.min(MAX, step)); }

  function readStep() {
    try {
      var value = parseInt(window.localStorage.getItem(KEY) || '0', 10);
      return isNaN(value) ? 0 : clamp(value);
    } catch (e) {
      return 0;
    }
  }

  function saveStep(step) {
    try { window.localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode: not kept */ }
  }

  function apply(step) {
    document.documentElement.style.setProperty('--font-scale', String(1 + step * 0.125));
  }

  var current = readStep();
  apply(current);

  function setUp() {
    var groups = document.querySelectorAll('[data-font-controls]');
    for (var g = 0; g < groups.length; g++) {
      groups[g].hidden = false;
      var buttons = groups[g].querySelectorAll('[data-font-step]');
      for (var b = 0; b < buttons.length; b++) {
        buttons[b].addEventListener('click', function (event) {
          var delta = parseInt(event.currentTarget.getAttribute('data-font-step'), 10);
          current = delta === 0 ? 0 : clamp(current + delta);
          apply(current);
          saveStep(current);
        });
      }
    }
    var printButtons = document.querySelectorAll('[data-print]');
    for (var p = 0; p < printButtons.length; p++) {
      printButtons[p].hidden = false;
      printButtons[p].addEventListener('click', function () { window.print(); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
