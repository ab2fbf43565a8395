// Progressive enhancement for the import page: the inputs go to /api/import one at a time, with a
// progress bar and each outcome shown as it comes, so a long import is never a silent wait and
// is not capped at the 50 files one form post may carry. Without scripts the form posts as before.
(function () {
  var form = document.querySelector('form.import');
  if (!form || !window.fetch || !window.FormData) return;
  var status = document.getElementById('import-status');

  function field(name) {
    var el = form.elements.namedItem(name);
    return el ? el.value : '';
  }

  function inputs() {
    var list = [];
    if (field('text').trim()) list.push({ label: 'pasted text', text: field('text'), format: field('format') });
    Array.prototype.forEach.call(form.elements.namedItem('files').files, function (file) {
      list.push({ label: file.name, file: file });
    });
    return list;
  }

  function cell(row, text, href) {
    var td = document.createElement('td');
    if (href) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
    row.appendChild(td);
  }

  function addRow(body, o) {
    var tr = document.createElement('tr');
    tr.className = 'outcome-' + o.status;
    cell(tr, o.source);
    cell(tr, o.status);
    if (o.articleId) cell(tr, o.title || 'open', '/articles/' + o.articleId);
    else cell(tr, o.message || '');
    body.appendChild(tr);
  }

  function resultsSection() {
    var old = document.querySelector('section.results');
    if (old) old.remove();
    var section = document.createElement('section');
    section.className = 'results';
    var h = document.createElement('h2');
    h.textContent = 'Result';
    var summary = document.createElement('p');
    var table = document.createElement('table');
    var head = table.createTHead().insertRow();
    ['Input', 'Outcome', 'Details'].forEach(function (t) {
      var th = document.createElement('th');
      th.textContent = t;
      head.appendChild(th);
    });
    var body = table.createTBody();
    section.append(h, summary, table);
    status.after(section);
    return { summary: summary, body: body };
  }

  function wait(seconds) {
    return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000); });
  }

  // One input; a 429 (too many imports a minute) waits as the server asks and tries again.
  async function send(input, onPause) {
    for (;;) {
      var data = new FormData();
      data.append('_csrf', field('_csrf'));
      if (input.file) data.append('files', input.file, input.file.name);
      else { data.append('text', input.text); data.append('format', input.format); }
      var res = await fetch('/api/import', { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (res.status === 429) {
        var seconds = Number(res.headers.get('Retry-After')) || 10;
        onPause(seconds);
        await wait(seconds);
        continue;
      }
      var body = await res.json().catch(function () { return {}; });
      if (body.outcomes) return body.outcomes;
      var message = body.error ? body.error.message : 'the server answered ' + res.status;
      return [{ source: input.label, status: 'rejected', message: message }];
    }
  }

  form.addEventListener('submit', async function (e) {
    var list = inputs();
    if (!list.length) return; // the server says what is missing
    e.preventDefault();
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    var bar = document.createElement('progress');
    bar.max = list.length;
    bar.value = 0;
    status.textContent = '';
    status.append(bar, document.createTextNode(' '));
    var line = document.createElement('span');
    status.appendChild(line);
    var out = resultsSection();
    var counts = { imported: 0, duplicate: 0, rejected: 0 };
    for (var i = 0; i < list.length; i++) {
      line.textContent = 'Importing ' + (i + 1) + ' of ' + list.length + ': ' + list[i].label + '…';
      var outcomes;
      try {
        outcomes = await send(list[i], function (seconds) {
          line.textContent = 'Paused: the server takes at most so many imports a minute; going on in ' + seconds + ' s (' + i + ' of ' + list.length + ' done).';
        });
      } catch (err) {
        outcomes = [{ source: list[i].label, status: 'rejected', message: 'not sent: ' + err.message }];
      }
      outcomes.forEach(function (o) {
        counts[o.status] = (counts[o.status] || 0) + 1;
        addRow(out.body, o);
      });
      bar.value = i + 1;
      out.summary.textContent = counts.imported + ' imported, ' + counts.duplicate + ' duplicates, ' + counts.rejected + ' rejected.';
    }
    line.textContent = 'Done: ' + list.length + ' input' + (list.length === 1 ? '' : 's') + ' sent.';
    form.reset();
    button.disabled = false;
  });
})();
