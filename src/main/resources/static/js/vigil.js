// Vigil's only script: sends the CSRF token (from <meta name="_csrf">) with htmx requests, so
// pages can post with htmx without inline scripts.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute("content")] = token.getAttribute("content");
  }
});
