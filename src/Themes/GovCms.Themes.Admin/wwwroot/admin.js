// GovCms admin: small enhancements; every page also works without JavaScript.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The menu folds behind a button on phones.
  document.querySelectorAll(".menu-toggle").forEach(function (button) {
    var nav = document.getElementById(button.getAttribute("aria-controls"));
    if (!nav) return;
    button.hidden = false;
    nav.classList.add("collapsed");
    button.addEventListener("click", function () {
      var open = nav.classList.toggle("collapsed") === false;
      button.setAttribute("aria-expanded", String(open));
    });
  });

  // The same folding as the server's VietnameseText.Slugify: "Đông Sơn" -> "dong-son".
  function slugify(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 120).replace(/-+$/, "");
  }

  // The slug follows the title until someone edits the slug by hand.
  document.querySelectorAll("[data-slug-from]").forEach(function (slug) {
    var title = document.getElementById(slug.getAttribute("data-slug-from"));
    if (!title) return;
    var manual = slug.value !== "" && slug.value !== slugify(title.value);
    slug.addEventListener("input", function () { manual = slug.value !== ""; });
    title.addEventListener("input", function () { if (!manual) slug.value = slugify(title.value); });
  });

  // Live preview of the Markdown body, rendered by the server a moment after typing stops.
  document.querySelectorAll("textarea[data-preview-url]").forEach(function (body) {
    var target = document.getElementById(body.getAttribute("data-preview-target"));
    var token = body.form && body.form.querySelector("input[name='__RequestVerificationToken']");
    if (!target || !token) return;
    var timer = 0;
    var render = function () {
      var data = new FormData();
      data.append("__RequestVerificationToken", token.value);
      data.append("Body", body.value);
      fetch(body.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) { target.innerHTML = html; target.closest("[hidden]") && (target.closest("[hidden]").hidden = false); })
        .catch(function () { /* the "Xem trước" button still works */ });
    };
    body.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 500); });
  });
})();
