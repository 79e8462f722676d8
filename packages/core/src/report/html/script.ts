/**
 * The page's only script, inlined: sorts tables when a column header is clicked and filters
 * rows as the user types. It carries no data; it reorders and hides what the page already has.
 * Without it, the page still shows everything.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  function fold(text) {
    return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
  }
  function sortKey(cell, numeric) {
    if (!cell) return numeric ? -Infinity : '';
    if (numeric) {
      var given = cell.getAttribute('data-value');
      var match = given !== null ? [given] : cell.textContent.replace(/,/g, '').match(/-?\\d+(?:\\.\\d+)?/);
      return match ? parseFloat(match[0]) : -Infinity;
    }
    return fold(cell.textContent.trim());
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = th.querySelector('button.sort');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) {
          if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-sort-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[index], numeric);
          var y = sortKey(b.cells[index], numeric);
          var order = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('input.filter'), function (input) {
    var table = document.getElementById(input.getAttribute('aria-controls'));
    var status = document.getElementById(input.getAttribute('aria-controls') + '-shown');
    if (!table) return;
    input.addEventListener('input', function () {
      var query = fold(input.value.trim());
      var rows = table.tBodies[0].rows;
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var match = query === '' || fold(row.textContent).indexOf(query) !== -1;
        row.hidden = !match;
        if (match) shown++;
      });
      if (status) status.textContent = query === '' ? '' : shown + ' of ' + rows.length + ' rows shown';
    });
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (details) {
      details.setAttribute('open', '');
    });
  });
})();
`;
