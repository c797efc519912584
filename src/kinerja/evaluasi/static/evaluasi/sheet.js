// Save each answer of the LKE sheet without leaving the page. Without this script the same forms post
// and the page comes back with a message; with it, a stale version (409) or a refused answer (422) is
// shown beside the row and nothing is overwritten.
(function () {
  "use strict";
  document.querySelectorAll("form.answer-form").forEach(function (form) {
    var message = form.querySelector(".row-message");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (body) {
          message.textContent = body.ok ? (form.dataset.saved || body.message) : body.message;
          message.className = "row-message " + (body.ok ? "ok" : "error");
          if (body.ok) { form.querySelector("input[name=version]").value = body.version; }
        })
        .catch(function () { message.textContent = "Gagal menyimpan / Could not save"; message.className = "row-message error"; });
    });
  });
})();
