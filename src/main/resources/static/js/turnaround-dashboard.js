// Draws the turnaround dashboard's charts (Chart.js, served by Vigil from its WebJar) from the
// JSON the page names in data-charts. No inline script: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  var script = document.getElementById("dashboard-script");
  if (!script || typeof Chart === "undefined") {
    return;
  }
  var colours = ["#1d4f91", "#c0392b", "#2e7d32", "#8e44ad", "#d35400", "#00838f", "#6d4c41",
    "#455a64", "#ad1457", "#827717"];

  function line(id, labels, datasets, yTitle) {
    return new Chart(document.getElementById(id), {
      type: "line",
      data: { labels: labels, datasets: datasets },
      options: { animation: false, spanGaps: true, responsive: true, maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: yTitle } } } }
    });
  }

  function bars(id, labels, datasets, yTitle, stacked) {
    return new Chart(document.getElementById(id), {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { stacked: !!stacked },
          y: { stacked: !!stacked, beginAtZero: true, title: { display: true, text: yTitle } } } }
    });
  }

  function percentiles(id, series) {
    bars(id, series.labels, [
      { label: "p50", data: series.p50Hours, backgroundColor: colours[0] },
      { label: "p90", data: series.p90Hours, backgroundColor: colours[1] }
    ], "hours");
  }

  fetch(script.getAttribute("data-charts"), { credentials: "same-origin",
    headers: { "Accept": "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("charts: HTTP " + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      line("chart-weeks", data.weeks.labels, [
        { label: "p50", data: data.weeks.p50Hours, borderColor: colours[0] },
        { label: "p90", data: data.weeks.p90Hours, borderColor: colours[1] }
      ], "hours");
      bars("chart-breaches", data.weeks.labels, [
        { label: "within target", backgroundColor: colours[2],
          data: data.weeks.reported.map(function (n, i) { return n - data.weeks.breached[i]; }) },
        { label: "breached", backgroundColor: colours[1], data: data.weeks.breached }
      ], "final reports", true);
      var backlog = [{ label: "all", data: data.backlog.total, borderColor: "#000", borderWidth: 3 }];
      Object.keys(data.backlog.byModality).forEach(function (modality, i) {
        backlog.push({ label: modality, data: data.backlog.byModality[modality],
          borderColor: colours[i % colours.length], borderWidth: 1 });
      });
      line("chart-backlog", data.backlog.days, backlog, "exams");
      bars("chart-oldest", data.oldest.modalities, [
        { label: "oldest unreported (days)", data: data.oldest.ageDays, backgroundColor: colours[1] }
      ], "days");
      percentiles("chart-modality", data.modality);
      percentiles("chart-priority", data.priority);
      percentiles("chart-setting", data.setting);
      document.body.setAttribute("data-charts-drawn", "true");
    })
    .catch(function (error) {
      document.body.setAttribute("data-charts-drawn", "failed");
      var main = document.querySelector("main");
      var alert = document.createElement("div");
      alert.className = "alert alert-danger";
      alert.textContent = "The charts could not be loaded (" + error.message + "); the tables below are current.";
      main.insertBefore(alert, main.firstChild);
    });
})();
