// Live preview of a band editor: as bands or sample values change, the server checks the scale
// (overlaps refused, gaps warned) and classifies the samples. The Pratinjau button does the same
// without this script.
(function () {
  "use strict";
  function render(box, body) {
    box.innerHTML = "";
    var list = document.createElement("ul");
    if (!body.ok) {
      var li = document.createElement("li");
      li.className = "msg-error";
      li.textContent = body.message;
      list.appendChild(li);
    }
    (body.warnings || []).forEach(function (w) {
      var li = document.createElement("li");
      li.className = "msg-warning";
      li.textContent = w;
      list.appendChild(li);
    });
    (body.samples || []).forEach(function (s) {
      var li = document.createElement("li");
      li.textContent = s.raw + " → ";
      if (s.label && !s.problem) {
        var chip = document.createElement("span");
        chip.className = "chip";
        chip.style.setProperty("--band", s.colour || "#999");
        chip.textContent = s.label;
        li.appendChild(chip);
      } else {
        li.appendChild(document.createTextNode(s.problem || "tidak masuk pita / in no band"));
      }
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  document.querySelectorAll("form.band-editor").forEach(function (form) {
    var box = form.querySelector(".preview");
    var timer = null;
    function preview() {
      var data = new FormData(form);
      fetch(form.dataset.preview, {method: "POST", body: data, credentials: "same-origin",
                                   headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (body) { render(box, body); })
        .catch(function () {});
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(preview, 300);
    });
  });
})();

// The progress bar of a background recompute: asks the server every two seconds until it is done.
(function () {
  "use strict";
  var box = document.querySelector(".recompute-job[data-progress]");
  if (!box || !window.fetch) { return; }
  var bar = box.querySelector("progress");
  var text = box.querySelector(".job-text");
  function poll() {
    fetch(box.getAttribute("data-progress"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (body) {
        bar.value = body.percent;
        bar.textContent = body.percent + "%";
        text.textContent = body.done + " / " + body.total + " · " + body.state_label;
        if (body.state === "waiting" || body.state === "running") { setTimeout(poll, 2000); }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  if (box.querySelector("progress").value < 100) { poll(); }
})();

