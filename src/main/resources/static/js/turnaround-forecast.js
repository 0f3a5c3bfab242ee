// Draws the breach forecast chart (Chart.js from Vigil's WebJar) from the JSON named in data-chart.
(function () {
  "use strict";
  var script = document.getElementById("forecast-script");
  if (!script || typeof Chart === "undefined") {
    return;
  }
  fetch(script.getAttribute("data-chart"), { credentials: "same-origin",
    headers: { "Accept": "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("chart: HTTP " + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      new Chart(document.getElementById("chart-forecast"), {
        type: "bar",
        data: { labels: data.modalities, datasets: [
          { label: "waiting", data: data.waiting, backgroundColor: "#1d4f91" },
          { label: "past target", data: data.alreadyBreached, backgroundColor: "#8b0000" },
          { label: "predicted to breach", data: data.predictedBreaches, backgroundColor: "#d35400" }
        ] },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, title: { display: true, text: "examinations" } } } }
      });
      document.body.setAttribute("data-charts-drawn", "true");
    })
    .catch(function (error) {
      document.body.setAttribute("data-charts-drawn", "failed");
      var main = document.querySelector("main");
      var alert = document.createElement("div");
      alert.className = "alert alert-danger";
      alert.textContent = "The chart could not be loaded (" + error.message + "); the tables are current.";
      main.insertBefore(alert, main.firstChild);
    });
})();
