// GovCms portal: small improvements on top of pages that work without script.
// - "In bài viết" buttons (hidden in the HTML) are shown and print the page; print.css does the layout.
// - On wide screens the main menu is a bar: its <details> is kept open (browsers without ::details-content need it).
(function () {
    "use strict";

    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });

    var menu = document.querySelector("[data-site-menu]");
    if (menu && window.matchMedia) {
        var wide = window.matchMedia("(min-width: 48em)");
        var follow = function () { if (wide.matches) { menu.open = true; } };
        follow();
        if (wide.addEventListener) { wide.addEventListener("change", follow); }
    }
})();
