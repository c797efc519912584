// Save each entry row without leaving the page; Enter in a field saves its row. Plain forms still work
// without this script (the view redirects back to the grid).
(function () {
  "use strict";
  function show(form, text, isError) {
    var box = form.querySelector(".row-message");
    box.textContent = text;
    box.className = "row-message " + (isError ? "error" : "ok");
  }
  document.querySelectorAll("form.entry-row").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      fetch(form.action, {method: "POST", body: data, credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json().then(function (body) { return [response.status, body]; }); })
        .then(function (result) {
          var status = result[0], body = result[1];
          var row = form.closest("tr");
          if (body.ok) {
            form.querySelector("input[name=version]").value = body.version;
            form.querySelector(".confirm").hidden = true;
            form.querySelector(".confirm input").checked = false;
            row.querySelector(".value").textContent = body.value === null ? "–" : body.value;
            var cell = row.querySelector(".capaian");
            cell.textContent = body.capaian === null ? "–" : (body.capaian + "% " + body.predicate);
            cell.title = body.explanation;
            row.querySelector(".status").innerHTML = "";
            var link = document.createElement("a");
            link.href = body.detail_url;
            link.textContent = body.status;
            row.querySelector(".status").appendChild(link);
            show(form, form.dataset.saved || "Tersimpan / Saved", false);
            return;
          }
          if (body.problems && body.problems.some(function (p) { return p.needs_confirmation; })) {
            form.querySelector(".confirm").hidden = false;
          }
          show(form, body.message, true);
          if (status === 409) { form.querySelector("input[name=version]").dataset.stale = "1"; }
        })
        .catch(function () { show(form, "Gagal menyimpan / Could not save", true); });
    });
  });
  var countdown = document.querySelector(".countdown");
  if (countdown) {
    var deadline = new Date(countdown.dataset.deadline);
    var tick = function () {
      var ms = deadline - new Date();
      if (ms <= 0) { countdown.textContent = "batas waktu lewat / deadline passed"; return; }
      var d = Math.floor(ms / 86400000), h = Math.floor(ms / 3600000) % 24, m = Math.floor(ms / 60000) % 60;
      countdown.textContent = d + " hari " + h + " jam " + m + " menit lagi / " + d + "d " + h + "h " + m + "m left";
    };
    tick();
    setInterval(tick, 30000);
  }
})();
