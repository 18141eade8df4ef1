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

  // The link picker: finds items by their searchable fields (a document's number or abstract) and adds a line
  // "type: id" to the links' text area, which stays the one thing the form sends.
  document.querySelectorAll("[data-link-search]").forEach(function (picker) {
    var target = document.getElementById(picker.getAttribute("data-link-target"));
    var query = picker.querySelector("[data-link-query]");
    var relation = picker.querySelector("[data-link-relation]");
    var results = picker.querySelector("[data-link-results]");
    if (!target || !query || !results) return;
    picker.hidden = false;
    var timer = 0;
    var search = function () {
      var text = query.value.trim();
      results.textContent = "";
      if (text.length < 2) return;
      var url = picker.getAttribute("data-link-search") + "?pageSize=8&q=" + encodeURIComponent(text);
      var type = picker.getAttribute("data-link-content-type");
      if (type) url += "&type=" + encodeURIComponent(type);
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (page) {
          (page.items || []).forEach(function (item) {
            var entry = document.createElement("li");
            var add = document.createElement("button");
            add.type = "button";
            add.className = "button button-small";
            add.textContent = "Thêm";
            add.setAttribute("aria-label", "Thêm liên kết đến " + item.displayText);
            add.addEventListener("click", function () {
              var line = (relation ? relation.value + ": " : "") + item.id;
              target.value = target.value.trim().length > 0 ? target.value.replace(/\s+$/, "") + "\n" + line : line;
              entry.remove();
            });
            entry.appendChild(add);
            entry.appendChild(document.createTextNode(" " + item.displayText));
            results.appendChild(entry);
          });
          if (!results.children.length) {
            var none = document.createElement("li");
            none.textContent = "Không tìm thấy nội dung phù hợp.";
            results.appendChild(none);
          }
        })
        .catch(function () { /* the text area still takes ids typed by hand */ });
    };
    query.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 300); });
  });
})();
