// A company's fact sheet: reads the company through the public /graphql endpoint (the documents of
// src/factSheet/factSheet.graphql, sent by operation name), draws its quarterly figures with uPlot,
// and opens any number's quote inside its document's text. Plain ES2019, no build step.
/* global window, document, uPlot -- a browser script; uPlot is the global of its IIFE bundle */
'use strict';
(function () {
  var started = performance.now();
  var boot = JSON.parse(document.getElementById('fs-data').textContent);
  var main = document.getElementById('fs-main');
  var docPanel = document.getElementById('fs-doc');
  var knownAtInput = document.getElementById('fs-known-at');
  var params = new URLSearchParams(window.location.search);
  var pathKey = decodeURIComponent(window.location.pathname.replace(/^\/companies\/?/, '').replace(/\/$/, ''));
  var state = {
    key: pathKey,
    knownAt: /^\d{4}-\d{2}-\d{2}$/.test(params.get('knownAt') || '') ? params.get('knownAt') : null,
    reported: params.get('reported') === 'FIRST_REPORTED' ? 'FIRST_REPORTED' : 'LATEST',
    company: null,
    quotes: [],
    charts: [],
    openDocument: null,
    renders: 0,
  };
  // Timings the browser test reads (and the README reports): fetch, render, each redraw.
  var timings = (window.fsTimings = { renders: [] });

  var METRIC_NAMES = {
    revenue: 'Revenue',
    operatingIncome: 'Operating income',
    adjustedEbitda: 'Adjusted EBITDA',
    revenueGrowth: 'Revenue growth',
    contractedBandwidth: 'Contracted bandwidth',
  };
  var OUTCOME_COLOURS = { BELOW: '#b3261e', WITHIN: '#1e7d32', ABOVE: '#1f61a0' };

  function esc(text) {
    return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  }
  function metricName(metric) {
    return (
      METRIC_NAMES[metric] ||
      metric.replace(/([A-Z])/g, ' $1').replace(/^./, function (c) {
        return c.toUpperCase();
      })
    );
  }
  function number(value) {
    return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
  }
  /** An amount as the source prints it: its unit, value or range or bound, and scale. */
  function formatAmount(a) {
    if (!a) return '';
    var scale = a.scale && a.scale !== 'one' ? ' ' + a.scale : '';
    var percent = a.unit === 'percent';
    var wrap = function (text) {
      return percent ? text + ' %' : a.unit + ' ' + text + scale;
    };
    if (a.value !== null && a.value !== undefined) return wrap(number(a.value));
    if (a.low !== null && a.high !== null && a.low !== undefined && a.high !== undefined) {
      return wrap(number(a.low) + '–' + number(a.high));
    }
    var bound = a.low !== null && a.low !== undefined ? a.low : a.high;
    return (a.bound ? a.bound.replace('-', ' ') + ' ' : '') + wrap(number(bound));
  }

  // ---- GraphQL ------------------------------------------------------------------------------
  function gql(operationName, variables) {
    return fetch(boot.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: boot.documents[operationName],
        operationName: operationName,
        variables: variables,
      }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          var error = new Error(body.errors[0].message);
          error.code = body.errors[0].extensions && body.errors[0].extensions.code;
          throw error;
        }
        return body.data;
      });
  }

  // ---- Quotes: every number, name and relation on the page links to the quote it comes from ---
  function quote(source, label) {
    if (!source) return -1;
    state.quotes.push({
      document: source.document.key,
      documentTitle: source.document.title,
      section: source.section.key,
      sectionTitle: source.section.title,
      quote: source.quote,
      note: source.note,
      label: label,
    });
    return state.quotes.length - 1;
  }
  /** A focusable button showing `text` that opens quote `q` in its document. */
  function quoted(text, q, extraClass) {
    if (q < 0) return esc(text);
    return (
      '<button type="button" class="fs-q' +
      (extraClass ? ' ' + extraClass : '') +
      '" data-q="' +
      q +
      '" id="fs-q-' +
      q +
      '" title="Open the quote in ' +
      esc(state.quotes[q].documentTitle) +
      '">' +
      esc(text) +
      '</button>'
    );
  }
  function provenanceButtons(provenance, name) {
    var list = provenance || [];
    var documents = {};
    list.forEach(function (p) {
      documents[p.source.document.key] = true;
    });
    // Several documents backing the same properties: say which one each quote is in.
    var several = Object.keys(documents).length > 1;
    return list
      .map(function (p) {
        // aliasText is the search index's copy of the aliases, not a property a reader knows.
        var fields = p.fields.filter(function (f) {
          return f !== 'aliasText';
        });
        var q = quote(p.source, name + ' — ' + fields.join(', '));
        return quoted(
          (fields.join(', ') || 'source') + (several ? ' (' + p.source.document.key + ')' : ''),
          q,
          'fs-src',
        );
      })
      .join(' ');
  }

  // ---- Facts --------------------------------------------------------------------------------
  function factLabel(f) {
    return (
      metricName(f.metric) +
      ' ' +
      f.period.label +
      (f.offering ? ' · ' + f.offering.name : '') +
      ' (' +
      f.basis.toLowerCase() +
      ')'
    );
  }
  function primaryUnit(facts) {
    var counts = {};
    facts.forEach(function (f) {
      var u = f.amounts[0] && f.amounts[0].unit;
      if (u) counts[u] = (counts[u] || 0) + 1;
    });
    return Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a];
    })[0];
  }
  function amountIn(f, unit) {
    for (var i = 0; i < f.amounts.length; i += 1) if (f.amounts[i].unit === unit) return f.amounts[i];
    return null;
  }
  function periodOrder(p) {
    return p.fiscalYear * 10 + (p.quarter || (p.kind === 'fiscal-year' ? 9 : 5));
  }

  /** Table rows of one metric's facts; each amount opens its quote. */
  function factRows(facts) {
    return facts
      .map(function (f) {
        var q = quote(f.source, factLabel(f) + ': ' + f.amounts.map(formatAmount).join(' / '));
        f.quoteIndex = q;
        var amounts = f.amounts
          .map(function (a, i) {
            return i === 0
              ? quoted(formatAmount(a), q, 'fs-num')
              : '<span class="fs-alt">' + esc(formatAmount(a)) + '</span>';
          })
          .join(' ');
        var restated = '';
        if (f.restatement) {
          var pq = quote(
            f.restatement.previous.source,
            factLabel(f) + ' as first reported: ' + formatAmount(f.restatement.previousAmount),
          );
          restated =
            '<span class="fs-restated">restated; earlier ' +
            quoted(formatAmount(f.restatement.previousAmount), pq, 'fs-num fs-earlier') +
            ' (known from ' +
            esc(f.restatement.previous.knownFrom || '?') +
            ')</span>';
        }
        var outcome = '';
        if (f.outcome) {
          outcome =
            '<span class="fs-outcome fs-outcome-' +
            f.outcome.position.toLowerCase() +
            '">actual ' +
            f.outcome.position.toLowerCase() +
            (f.outcome.surprisePercent !== null
              ? ' (' +
                (f.outcome.surprisePercent > 0 ? '+' : '') +
                number(Math.round(f.outcome.surprisePercent * 10) / 10) +
                ' %)'
              : '') +
            '</span>';
        }
        var revisions = f.revisions.length
          ? '<span class="fs-revision">' +
            f.revisions
              .map(function (r) {
                return r.direction.toLowerCase();
              })
              .join(', ') +
            '</span>'
          : '';
        return (
          '<tr data-fact="' +
          esc(f.key) +
          '"><th scope="row">' +
          esc(f.period.label) +
          '</th><td>' +
          esc(f.offering ? f.offering.name : '') +
          '</td><td>' +
          esc(f.basis.toLowerCase()) +
          (f.approximate ? ' ≈' : '') +
          (f.formula
            ? '<details class="fs-formula"><summary>formula</summary><code>' + esc(f.formula) + '</code></details>'
            : '') +
          '</td><td class="fs-amount">' +
          amounts +
          '</td><td>' +
          restated +
          outcome +
          revisions +
          '</td><td>' +
          esc(f.selectedReport.knownFrom || 'date unknown') +
          ' · ' +
          f.reports.length +
          ' report' +
          (f.reports.length === 1 ? '' : 's') +
          '</td></tr>'
        );
      })
      .join('');
  }
  function metricTables(facts) {
    var byMetric = {};
    var order = [];
    facts.forEach(function (f) {
      if (!byMetric[f.metric]) {
        byMetric[f.metric] = [];
        order.push(f.metric);
      }
      byMetric[f.metric].push(f);
    });
    order.sort(function (a, b) {
      var rank = function (m) {
        return m === 'revenue' ? 0 : m === 'operatingIncome' ? 1 : 2;
      };
      return rank(a) - rank(b) || a.localeCompare(b);
    });
    return order
      .map(function (metric) {
        var rows = byMetric[metric].slice().sort(function (a, b) {
          return periodOrder(a.period) - periodOrder(b.period) || (a.offering ? 1 : 0) - (b.offering ? 1 : 0);
        });
        return (
          '<section class="fs-metric" data-metric="' +
          esc(metric) +
          '"><h3>' +
          esc(metricName(metric)) +
          '</h3>' +
          '<div class="fs-scroll"><table><thead><tr><th scope="col">Period</th><th scope="col">Line or service</th><th scope="col">Basis</th>' +
          '<th scope="col">Amount</th><th scope="col">Restated, outcome</th><th scope="col">Known from</th></tr></thead><tbody>' +
          factRows(rows) +
          '</tbody></table></div></section>'
        );
      })
      .join('');
  }

  // ---- Charts (uPlot) -------------------------------------------------------------------------
  /**
   * One chart per metric and period kind: the actual line, guidance drawn as a band (range) or a
   * bound with an arrow, each actual that has a guidance ringed in its outcome's colour, and each
   * restated figure with its earlier value as a hollow point joined by a dashed line.
   */
  function chartModel(facts, metric, kind) {
    var mine = facts.filter(function (f) {
      return f.metric === metric && !f.offering && f.period.kind === kind;
    });
    if (mine.length === 0) return null;
    var unit = primaryUnit(mine);
    var periods = {};
    mine.forEach(function (f) {
      periods[f.period.key] = f.period;
    });
    var xs = Object.keys(periods)
      .map(function (k) {
        return periods[k];
      })
      .sort(function (a, b) {
        return periodOrder(a) - periodOrder(b);
      });
    var index = {};
    xs.forEach(function (p, i) {
      index[p.key] = i;
    });
    var million = function (v) {
      return v === null || v === undefined ? null : v / 1e6;
    };
    var actual = xs.map(function () {
      return null;
    });
    var actualFacts = xs.map(function () {
      return null;
    });
    var guidance = [];
    var restated = [];
    var extent = [0, 0];
    var grow = function (v) {
      if (v === null) return;
      extent[0] = Math.min(extent[0], v);
      extent[1] = Math.max(extent[1], v);
    };
    mine.forEach(function (f) {
      var a = amountIn(f, unit);
      if (!a) return;
      var i = index[f.period.key];
      if (f.basis === 'GUIDANCE') {
        guidance.push({
          x: i,
          low: million(a.baseLow !== null ? a.baseLow : a.baseValue),
          high: million(a.baseHigh !== null ? a.baseHigh : a.baseValue),
          bound: a.bound,
          fact: f,
        });
        grow(million(a.baseLow));
        grow(million(a.baseHigh));
        grow(million(a.baseValue));
      } else if (f.basis === 'ACTUAL' || actual[i] === null) {
        actual[i] = million(a.baseValue);
        actualFacts[i] = f;
        grow(actual[i]);
        if (f.restatement) {
          var before = f.restatement.previousAmount;
          if (before.unit === unit && before.baseValue !== null) {
            restated.push({ x: i, from: million(before.baseValue), to: actual[i] });
            grow(million(before.baseValue));
          }
        }
      }
    });
    guidance.forEach(function (g) {
      var f = actualFacts[g.x];
      g.outcome = g.fact.outcome && f && g.fact.outcome.actual.key === f.key ? g.fact.outcome.position : null;
    });
    var pad = (extent[1] - extent[0]) * 0.08 || 1;
    return {
      metric: metric,
      kind: kind,
      unit: unit,
      labels: xs.map(function (p) {
        return p.label;
      }),
      xs: xs.map(function (_p, i) {
        return i;
      }),
      actual: actual,
      actualFacts: actualFacts,
      guidance: guidance,
      restated: restated,
      range: [extent[0] - pad, extent[1] + pad],
    };
  }

  function drawOverlay(model) {
    return function (u) {
      var ctx = u.ctx;
      var ratio = window.devicePixelRatio || 1;
      var half = Math.max(5, Math.min(16, u.bbox.width / Math.max(1, model.xs.length) / 4));
      ctx.save();
      model.guidance.forEach(function (g) {
        var x = u.valToPos(g.x, 'x', true);
        var top = u.valToPos(g.high, 'y', true);
        var bottom = u.valToPos(g.low, 'y', true);
        ctx.fillStyle = 'rgba(230, 145, 30, 0.28)';
        ctx.strokeStyle = '#c06a00';
        ctx.lineWidth = 1.5 * ratio;
        if (g.bound) {
          // A bound: a bar at the bound and an arrow pointing the way the figure may go.
          var y = u.valToPos(g.low !== null ? g.low : g.high, 'y', true);
          var up = g.bound === 'more-than' || g.bound === 'at-least';
          ctx.beginPath();
          ctx.moveTo(x - half * ratio, y);
          ctx.lineTo(x + half * ratio, y);
          ctx.moveTo(x, y);
          ctx.lineTo(x, y + (up ? -18 : 18) * ratio);
          ctx.stroke();
        } else {
          ctx.fillRect(
            x - half * ratio,
            Math.min(top, bottom),
            2 * half * ratio,
            Math.max(2 * ratio, Math.abs(bottom - top)),
          );
          ctx.strokeRect(
            x - half * ratio,
            Math.min(top, bottom),
            2 * half * ratio,
            Math.max(2 * ratio, Math.abs(bottom - top)),
          );
        }
        if (g.outcome && model.actual[g.x] !== null) {
          ctx.strokeStyle = OUTCOME_COLOURS[g.outcome];
          ctx.lineWidth = 3 * ratio;
          ctx.beginPath();
          ctx.arc(x, u.valToPos(model.actual[g.x], 'y', true), 7 * ratio, 0, 2 * Math.PI);
          ctx.stroke();
        }
      });
      // A derived figure (computed, never printed) stands in where the period has no actual: hollow.
      model.actualFacts.forEach(function (f, i) {
        if (!f || f.basis !== 'DERIVED' || model.actual[i] === null) return;
        ctx.fillStyle = '#fff';
        ctx.strokeStyle = '#1f61a0';
        ctx.lineWidth = 2 * ratio;
        ctx.beginPath();
        ctx.arc(u.valToPos(i, 'x', true), u.valToPos(model.actual[i], 'y', true), 4.5 * ratio, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      });
      model.restated.forEach(function (r) {
        var x = u.valToPos(r.x, 'x', true);
        var from = u.valToPos(r.from, 'y', true);
        var to = u.valToPos(r.to, 'y', true);
        ctx.strokeStyle = '#6b3fa0';
        ctx.lineWidth = 1.5 * ratio;
        ctx.setLineDash([4 * ratio, 3 * ratio]);
        ctx.beginPath();
        ctx.moveTo(x, from);
        ctx.lineTo(x, to);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = '#fff';
        ctx.beginPath();
        ctx.arc(x, from, 5 * ratio, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      });
      ctx.restore();
    };
  }

  function chartTitle(model) {
    return metricName(model.metric) + (model.kind === 'quarter' ? ' by quarter' : ' by fiscal year');
  }
  function chartSummary(model) {
    var points = model.labels
      .map(function (label, i) {
        return model.actual[i] === null ? null : label + ' ' + number(model.actual[i]);
      })
      .filter(Boolean);
    return (
      chartTitle(model) +
      ', ' +
      model.unit +
      ' million: ' +
      points.join(', ') +
      (model.guidance.length ? '; ' + model.guidance.length + ' guidance' : '') +
      (model.restated.length ? '; ' + model.restated.length + ' restated' : '') +
      '. The tables below list every figure.'
    );
  }

  function drawCharts(facts) {
    state.charts.forEach(function (c) {
      c.plot.destroy();
    });
    state.charts = [];
    var holder = document.getElementById('fs-charts');
    if (!holder) return;
    var models = [];
    ['revenue', 'operatingIncome'].forEach(function (metric) {
      ['quarter', 'fiscal-year'].forEach(function (kind) {
        var m = chartModel(facts, metric, kind);
        if (m) models.push(m);
      });
    });
    if (models.length === 0) {
      holder.innerHTML = '<p>No revenue or operating income figures.</p>';
      return;
    }
    holder.innerHTML =
      models
        .map(function (m, i) {
          return (
            '<figure class="fs-chart"><figcaption>' +
            esc(chartTitle(m)) +
            ' <span class="fs-unit">(' +
            esc(m.unit) +
            ' million)</span></figcaption><div class="fs-plot" id="fs-plot-' +
            i +
            '" role="img" aria-label="' +
            esc(chartSummary(m)) +
            '"></div></figure>'
          );
        })
        .join('') +
      '<p class="fs-key"><span class="fs-key-actual">actual</span> <span class="fs-key-derived">derived (no actual printed)</span> <span class="fs-key-guidance">guidance range or bound</span> ' +
      '<span class="fs-key-within">within</span> <span class="fs-key-below">below</span> <span class="fs-key-above">above</span> ' +
      '<span class="fs-key-restated">earlier value of a restated figure</span> — click a point to open its quote</p>';
    models.forEach(function (m, i) {
      var el = document.getElementById('fs-plot-' + i);
      var width = Math.max(260, el.clientWidth || 600);
      var plot = new uPlot(
        {
          width: width,
          height: 220,
          scales: {
            x: { time: false, range: [-0.5, Math.max(0.5, m.xs.length - 0.5)] },
            y: {
              range: function () {
                return m.range;
              },
            },
          },
          axes: [
            {
              incrs: [1, 2, 4, 8, 12, 20],
              values: function (_u, splits) {
                return splits.map(function (s) {
                  return Number.isInteger(s) && m.labels[s] !== undefined ? m.labels[s] : '';
                });
              },
            },
            {
              size: 64,
              values: function (_u, splits) {
                return splits.map(function (s) {
                  return number(s);
                });
              },
            },
          ],
          series: [
            {
              label: 'period',
              value: function (_u, v) {
                return v === null || m.labels[v] === undefined ? '' : m.labels[v];
              },
            },
            {
              label: 'actual',
              stroke: '#1f61a0',
              width: 2,
              spanGaps: true,
              points: { size: 7, fill: '#1f61a0' },
              value: function (_u, v) {
                return v === null ? '—' : number(v);
              },
            },
          ],
          hooks: { draw: [drawOverlay(m)] },
        },
        [m.xs, m.actual],
        el,
      );
      // A click on the plot opens the quote of the actual figure under the cursor.
      plot.over.addEventListener('click', function () {
        var idx = plot.cursor.idx;
        var f = idx === null || idx === undefined ? null : m.actualFacts[idx];
        if (f && f.quoteIndex >= 0) openQuote(f.quoteIndex);
      });
      state.charts.push({ plot: plot, el: el });
    });
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      state.charts.forEach(function (c) {
        c.plot.setSize({ width: Math.max(260, c.el.clientWidth), height: 220 });
      });
    }, 100);
  });

  // ---- The rest of the company -----------------------------------------------------------------
  function listOrNone(items, render) {
    return items.length ? '<ul>' + items.map(render).join('') + '</ul>' : '<p class="fs-none">None in the graph.</p>';
  }

  function linesAndServices(c) {
    var children = {};
    c.businessLines.forEach(function (l) {
      var parent = l.parent ? l.parent.key : '';
      (children[parent] = children[parent] || []).push(l);
    });
    var servicesOf = {};
    c.services.forEach(function (s) {
      var line = s.businessLine ? s.businessLine.key : '';
      (servicesOf[line] = servicesOf[line] || []).push(s);
    });
    var service = function (s) {
      return (
        '<li>' +
        esc(s.name) +
        (s.launched ? ' <span class="fs-meta">since ' + esc(s.launched) + '</span>' : '') +
        ' ' +
        provenanceButtons(s.provenance, s.name) +
        (s.description ? '<div class="fs-desc">' + esc(s.description) + '</div>' : '') +
        '</li>'
      );
    };
    var line = function (l) {
      var sub = (children[l.key] || []).map(line).join('');
      var svc = (servicesOf[l.key] || []).map(service).join('');
      return (
        '<li><strong>' +
        esc(l.name) +
        '</strong> ' +
        provenanceButtons(l.provenance, l.name) +
        (sub || svc ? '<ul>' + sub + svc + '</ul>' : '') +
        '</li>'
      );
    };
    var top = (children[''] || []).map(line).join('');
    var loose = (servicesOf[''] || []).map(service).join('');
    return top || loose ? '<ul class="fs-tree">' + top + loose + '</ul>' : '<p class="fs-none">None in the graph.</p>';
  }

  function dataCenters(c) {
    if (!c.dataCenters.length) return '<p class="fs-none">None in the graph.</p>';
    return (
      '<div class="fs-scroll"><table><thead><tr><th scope="col">Data center</th><th scope="col">Where</th><th scope="col">Floor space</th>' +
      '<th scope="col">Floors, structure</th><th scope="col">Sources</th></tr></thead><tbody>' +
      c.dataCenters
        .map(function (d) {
          return (
            '<tr><th scope="row">' +
            esc(d.name) +
            '</th><td>' +
            esc([d.city, d.prefecture].filter(Boolean).join(', ')) +
            '</td><td>' +
            (d.floorSpaceM2 !== null ? esc(number(d.floorSpaceM2)) + ' m²' : '') +
            '</td><td>' +
            esc([d.floors, d.structure].filter(Boolean).join('; ')) +
            '</td><td>' +
            provenanceButtons(d.provenance, d.name) +
            '</td></tr>'
          );
        })
        .join('') +
      '</tbody></table></div>'
    );
  }

  function awards(c) {
    var wins = listOrNone(c.awardsWon, function (w) {
      var label = w.award.name + (w.category ? ' — ' + w.category.name : '');
      return '<li>' + quoted(label, quote(w.source, c.name + ' won ' + label)) + '</li>';
    });
    var rankings = c.rankingEntries.length
      ? '<div class="fs-scroll"><table><thead><tr><th scope="col">Ranking</th><th scope="col">Scope</th><th scope="col">Position</th></tr></thead><tbody>' +
        c.rankingEntries
          .map(function (e) {
            var name = e.ranking.award.name + (e.ranking.category ? ' — ' + e.ranking.category.name : '');
            // An unknown position is shown as unknown, never as a number.
            var position =
              e.positionKnown && e.position !== null
                ? number(e.position) + ' of ' + number(e.ranking.entriesListed)
                : 'unknown';
            var q = quote(e.source, name + ': position ' + position);
            return (
              '<tr><th scope="row">' +
              esc(name) +
              '</th><td>' +
              esc(e.ranking.scope) +
              '</td><td class="fs-position' +
              (e.positionKnown ? '' : ' fs-unknown') +
              '">' +
              quoted(position, q) +
              '</td></tr>'
            );
          })
          .join('') +
        '</tbody></table></div>'
      : '';
    return '<h3>Won</h3>' + wins + (rankings ? '<h3>Rankings</h3>' + rankings : '');
  }

  function crossSell(c) {
    var rows = [];
    c.segments.forEach(function (s) {
      s.crossSellRates.forEach(function (r) {
        rows.push({ segment: s, rate: r });
      });
    });
    if (!rows.length) return '<p class="fs-none">No cross-sell rates in the graph.</p>';
    return (
      '<div class="fs-scroll"><table class="fs-cross"><thead><tr><th scope="col">Segment</th><th scope="col">Offerings</th>' +
      '<th scope="col">Reported</th><th scope="col">Computed from customer edges</th></tr></thead><tbody>' +
      rows
        .map(function (row, i) {
          var r = row.rate;
          var label = r.offeringA.name + ' & ' + r.offeringB.name;
          var q = quote(r.source, row.segment.name + ': cross-sell ' + label + ' = ' + number(r.ratePercent) + ' %');
          return (
            '<tr data-rate="' +
            esc(r.key) +
            '"><th scope="row">' +
            esc(row.segment.name) +
            '</th><td>' +
            esc(label) +
            '</td><td>' +
            quoted(number(r.ratePercent) + ' %', q, 'fs-num') +
            ' <span class="fs-meta">' +
            esc(r.cohort) +
            ', ' +
            esc(r.asOf) +
            '</span></td><td class="fs-computed" id="fs-computed-' +
            i +
            '" data-segment="' +
            esc(row.segment.key) +
            '" data-a="' +
            esc(r.offeringA.key) +
            '" data-b="' +
            esc(r.offeringB.key) +
            '">…</td></tr>'
          );
        })
        .join('') +
      '</tbody></table></div>'
    );
  }

  function loadComputedRates() {
    var cells = main.querySelectorAll('.fs-computed');
    return Promise.all(
      Array.prototype.map.call(cells, function (cell) {
        return gql('FactSheetComputedCrossSell', {
          segment: cell.dataset.segment,
          offeringA: cell.dataset.a,
          offeringB: cell.dataset.b,
        })
          .then(function (data) {
            var r = data.computedCrossSellRate;
            cell.textContent =
              r.rateBGivenA === null
                ? 'no member buys ' + cell.dataset.a + ' (' + r.customers + ' members in the graph)'
                : number(Math.round(r.rateBGivenA * 1000) / 10) +
                  ' % (' +
                  r.customersBuyingBoth +
                  ' of ' +
                  r.customersBuyingA +
                  ' buying A, ' +
                  r.customers +
                  ' members)';
          })
          .catch(function (error) {
            cell.textContent = 'not computed: ' + error.message;
          });
      }),
    );
  }

  function relations(items, c, verb) {
    return listOrNone(items, function (r) {
      var label = c.name + ' ' + verb + ' ' + r.company.name + (r.kind ? ' (' + r.kind + ')' : '');
      return (
        '<li><a href="/companies/' +
        encodeURIComponent(r.company.key) +
        '">' +
        esc(r.company.name) +
        '</a> <span class="fs-meta">' +
        esc(r.kind) +
        (r.since ? ', since ' + esc(r.since) : '') +
        '</span> ' +
        quoted('quote', quote(r.source, label), 'fs-src') +
        (r.description ? '<div class="fs-desc">' + esc(r.description) + '</div>' : '') +
        '</li>'
      );
    });
  }

  function renderCompany(c) {
    state.quotes = [];
    var nameQuote = -1;
    (c.provenance || []).forEach(function (p) {
      if (nameQuote < 0 && p.fields.indexOf('name') >= 0)
        nameQuote = quote(p.source, c.name + ' — ' + p.fields.join(', '));
    });
    var selection = state.knownAt ? 'as the graph knew it on ' + state.knownAt : 'everything the graph holds';
    main.innerHTML =
      '<h1 id="fs-name">' +
      quoted(c.name, nameQuote, 'fs-title') +
      '</h1>' +
      '<p class="fs-facts">' +
      esc(
        [c.shortName, c.kind, c.country, c.fiscalYearEnd ? 'fiscal year ends ' + c.fiscalYearEnd : null]
          .filter(Boolean)
          .join(' · '),
      ) +
      ' · <span id="fs-selection">' +
      esc(selection) +
      ', ' +
      (state.reported === 'LATEST' ? 'latest figures' : 'first-reported figures') +
      '</span></p>' +
      (c.aliases.length
        ? '<p class="fs-aliases">Also written: ' +
          c.aliases
            .map(function (a) {
              return '<span class="fs-alias">' + esc(a) + '</span>';
            })
            .join(' ') +
          '</p>'
        : '') +
      '<p class="fs-sources">Sources: ' +
      provenanceButtons(c.provenance, c.name) +
      '</p>' +
      '<section aria-labelledby="fs-h-figures"><h2 id="fs-h-figures">Figures</h2><div id="fs-charts" class="fs-charts"></div>' +
      (c.financialFacts.length
        ? metricTables(c.financialFacts)
        : '<p class="fs-none">No financial figures known' +
          (state.knownAt ? ' on ' + esc(state.knownAt) : '') +
          '.</p>') +
      '</section>' +
      '<div class="fs-grid">' +
      '<section aria-labelledby="fs-h-lines"><h2 id="fs-h-lines">Lines and services</h2>' +
      linesAndServices(c) +
      '</section>' +
      '<section aria-labelledby="fs-h-dc"><h2 id="fs-h-dc">Data centers</h2>' +
      dataCenters(c) +
      '</section>' +
      '<section aria-labelledby="fs-h-awards"><h2 id="fs-h-awards">Awards and rankings</h2>' +
      awards(c) +
      '</section>' +
      '<section aria-labelledby="fs-h-cross"><h2 id="fs-h-cross">Cross-sell rates</h2>' +
      crossSell(c) +
      '</section>' +
      '<section aria-labelledby="fs-h-comp"><h2 id="fs-h-comp">Competitors</h2>' +
      relations(c.competitors, c, 'competes with') +
      '</section>' +
      '<section aria-labelledby="fs-h-cust"><h2 id="fs-h-cust">Customers</h2>' +
      relations(c.customers, c, 'has the customer') +
      '</section>' +
      '</div>';
    drawCharts(c.financialFacts);
  }

  function renderCompanies() {
    return gql('FactSheetCompanies', {}).then(function (data) {
      main.innerHTML =
        '<h1>Companies</h1><ul class="fs-companies">' +
        data.companies.edges
          .map(function (e) {
            return (
              '<li><a href="/companies/' +
              encodeURIComponent(e.node.key) +
              '">' +
              esc(e.node.name) +
              '</a> <span class="fs-meta">' +
              esc(e.node.kind) +
              '</span></li>'
            );
          })
          .join('') +
        '</ul>';
    });
  }

  // ---- The document view ------------------------------------------------------------------------
  var documentCache = {};
  function loadDocument(key) {
    if (!documentCache[key]) {
      documentCache[key] = gql('FactSheetDocument', { id: key }).then(function (data) {
        return data.document;
      });
    }
    return documentCache[key];
  }

  /** The text with whitespace runs as one space, and where each of its characters came from. */
  function collapse(text) {
    var out = [];
    var from = [];
    var space = false;
    for (var i = 0; i < text.length; i += 1) {
      if (/\s/.test(text[i])) {
        if (!space) {
          out.push(' ');
          from.push(i);
        }
        space = true;
      } else {
        out.push(text[i]);
        from.push(i);
        space = false;
      }
    }
    return { text: out.join(''), from: from };
  }

  /**
   * Lays the page's quotes of one document over its text: quotes are found whitespace-insensitively
   * (as the loader checks them), the same quote cited several times is one span, and the text is
   * cut into sections where each section's first quote begins (the OCR text carries no section marks).
   */
  function layoutDocument(doc) {
    var text = doc.text || '';
    var collapsed = collapse(text);
    var groups = {};
    var order = [];
    state.quotes.forEach(function (q, i) {
      if (q.document !== doc.key) return;
      var wanted = q.quote.replace(/\s+/g, ' ').trim();
      var id = q.section + '\u0000' + wanted;
      if (!groups[id]) {
        groups[id] = { quote: q.quote, wanted: wanted, section: q.section, start: -1, end: -1, items: [] };
        order.push(groups[id]);
      }
      groups[id].items.push(i);
    });
    var sections = doc.sections.slice().sort(function (a, b) {
      return a.position - b.position;
    });
    var sectionIndex = {};
    sections.forEach(function (s, i) {
      sectionIndex[s.key] = i;
    });
    order.forEach(function (g) {
      var at = g.wanted ? collapsed.text.indexOf(g.wanted) : -1;
      if (at < 0) return;
      g.start = collapsed.from[at];
      g.end = collapsed.from[at + g.wanted.length - 1] + 1;
    });
    // Where sections begin: the text has no section marks, and a deck repeats figures on later
    // slides, so the cuts are those that put the most quotes inside their own section — the longest
    // run of located quotes (in text order) whose sections never go back.
    var located = order
      .filter(function (g) {
        return g.start >= 0 && sectionIndex[g.section] !== undefined;
      })
      .sort(function (a, b) {
        return a.start - b.start;
      });
    var length = [];
    var previous = [];
    var best = -1;
    located.forEach(function (g, i) {
      length[i] = 1;
      previous[i] = -1;
      for (var j = 0; j < i; j += 1) {
        if (sectionIndex[located[j].section] <= sectionIndex[g.section] && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (best < 0 || length[i] >= length[best]) best = i;
    });
    var startOf = {};
    for (var k = best; k >= 0; k = previous[k]) startOf[sectionIndex[located[k].section]] = located[k].start;
    var cuts = [];
    var next = text.length;
    for (var i = sections.length - 1; i >= 0; i -= 1) {
      if (startOf[i] !== undefined) next = startOf[i];
      cuts[i] = i === 0 ? 0 : next;
    }
    return {
      text: text,
      groups: order,
      sections: sections.map(function (s, i) {
        return { section: s, start: cuts[i], end: i + 1 < cuts.length ? cuts[i + 1] : text.length };
      }),
    };
  }

  /** A section's text with every located quote marked; overlapping quotes split into segments. */
  function markedText(text, start, end, groups) {
    var inside = groups.filter(function (g) {
      return g.start >= 0 && g.end > start && g.start < end;
    });
    var points = [start, end];
    inside.forEach(function (g) {
      points.push(Math.max(start, g.start), Math.min(end, g.end));
    });
    points = points
      .filter(function (p, i, all) {
        return all.indexOf(p) === i;
      })
      .sort(function (a, b) {
        return a - b;
      });
    var html = '';
    for (var i = 0; i + 1 < points.length; i += 1) {
      var a = points[i];
      var b = points[i + 1];
      var covering = inside.filter(function (g) {
        return g.start <= a && g.end >= b;
      });
      var piece = esc(text.slice(a, b));
      if (covering.length === 0) {
        html += piece;
      } else {
        var items = [];
        covering.forEach(function (g) {
          items = items.concat(g.items);
        });
        html +=
          '<a class="fs-mark" href="#fs-q-' +
          items[0] +
          '" data-items="' +
          items.join(' ') +
          '" title="' +
          esc(
            items
              .map(function (q) {
                return state.quotes[q].label;
              })
              .join('\n'),
          ) +
          '">' +
          piece +
          '</a>';
      }
    }
    return html;
  }

  function renderDocument(doc, layout) {
    var beside = function (sectionKey) {
      var mine = layout.groups.filter(function (g) {
        return g.section === sectionKey;
      });
      if (!mine.length) return '';
      return (
        '<ol class="fs-normalised">' +
        mine
          .map(function (g) {
            return (
              '<li data-items="' +
              g.items.join(' ') +
              '"><q>' +
              esc(g.quote) +
              '</q>' +
              (g.start < 0 ? ' <em>(not found in the text)</em>' : '') +
              '<ul>' +
              g.items
                .map(function (q) {
                  var item = state.quotes[q];
                  return (
                    '<li><a href="#fs-q-' +
                    q +
                    '">' +
                    esc(item.label) +
                    '</a>' +
                    (item.note ? '<div class="fs-note">' + esc(item.note) + '</div>' : '') +
                    '</li>'
                  );
                })
                .join('') +
              '</ul></li>'
            );
          })
          .join('') +
        '</ol>'
      );
    };
    docPanel.innerHTML =
      '<header class="fs-doc-head"><h2>' +
      esc(doc.title) +
      '</h2><button type="button" id="fs-doc-close" aria-label="Close the document">×</button>' +
      '<p class="fs-meta">' +
      esc(doc.kind) +
      (doc.published ? ' · published ' + esc(doc.published) : '') +
      (doc.knownFrom ? ' · known from ' + esc(doc.knownFrom) : '') +
      '</p></header>' +
      (doc.text === null ? '<p>The graph holds no text for this document.</p>' : '') +
      layout.sections
        .map(function (s) {
          return (
            '<section class="fs-doc-section" data-section="' +
            esc(s.section.key) +
            '"><h3>' +
            (s.section.number !== null ? esc(s.section.number) + '. ' : '') +
            esc(s.section.title) +
            '</h3><div class="fs-doc-row">' +
            (s.end > s.start
              ? '<pre class="fs-text">' + markedText(layout.text, s.start, s.end, layout.groups) + '</pre>'
              : '<p class="fs-meta">No quote on this page is placed in this section; its text is in the section before.</p>') +
            beside(s.section.key) +
            '</div></section>'
          );
        })
        .join('');
  }

  function openQuote(q) {
    var item = state.quotes[q];
    if (!item) return;
    loadDocument(item.document)
      .then(function (doc) {
        if (!doc) throw new Error('document ' + item.document + ' not found');
        if (state.openDocument !== doc.key || docPanel.hidden || docPanel.dataset.quotes !== String(state.renders)) {
          renderDocument(doc, layoutDocument(doc));
          state.openDocument = doc.key;
          docPanel.dataset.quotes = String(state.renders);
        }
        docPanel.hidden = false;
        document.body.classList.add('fs-doc-open');
        Array.prototype.forEach.call(docPanel.querySelectorAll('.fs-active'), function (el) {
          el.classList.remove('fs-active');
        });
        var marks = Array.prototype.filter.call(docPanel.querySelectorAll('[data-items]'), function (el) {
          return el.dataset.items.split(' ').indexOf(String(q)) >= 0;
        });
        marks.forEach(function (el) {
          el.classList.add('fs-active');
        });
        var first = docPanel.querySelector('.fs-mark.fs-active') || marks[0];
        if (first) {
          first.scrollIntoView({ block: 'center' });
          first.focus({ preventScroll: true });
        } else {
          docPanel.focus();
        }
        docPanel.dataset.active = String(q);
      })
      .catch(function (error) {
        docPanel.hidden = false;
        docPanel.innerHTML = '<p class="fs-error">Could not open the document: ' + esc(error.message) + '</p>';
      });
  }

  function closeDocument() {
    docPanel.hidden = true;
    document.body.classList.remove('fs-doc-open');
    var back = docPanel.dataset.active && document.getElementById('fs-q-' + docPanel.dataset.active);
    if (back) back.focus();
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-q], #fs-doc-close, .fs-mark') : null;
    if (!target) return;
    if (target.id === 'fs-doc-close') return closeDocument();
    if (target.classList.contains('fs-mark')) {
      // A quote in the document: back to the (first) number or name it supports.
      event.preventDefault();
      var back = document.getElementById('fs-q-' + target.dataset.items.split(' ')[0]);
      if (back) {
        back.scrollIntoView({ block: 'center' });
        back.focus({ preventScroll: true });
        back.classList.add('fs-flash');
        setTimeout(function () {
          back.classList.remove('fs-flash');
        }, 1200);
      }
      return;
    }
    openQuote(Number(target.dataset.q));
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !docPanel.hidden) closeDocument();
  });

  // ---- Knowing time --------------------------------------------------------------------------------
  function load() {
    var t0 = performance.now();
    document.body.dataset.state = 'loading';
    return gql('FactSheetCompany', { company: state.key, knownAt: state.knownAt, reported: state.reported })
      .then(function (data) {
        var t1 = performance.now();
        if (!data.company) {
          main.innerHTML =
            '<h1>Not found</h1><p>No company <code>' +
            esc(state.key) +
            '</code> in the graph. <a href="/companies">All companies</a></p>';
        } else {
          state.company = data.company;
          document.title = data.company.name + ' · company-kg';
          renderCompany(data.company);
        }
        state.renders += 1;
        var t2 = performance.now();
        timings.renders.push({
          fetchMs: t1 - t0,
          renderMs: t2 - t1,
          facts: data.company ? data.company.financialFacts.length : 0,
        });
        if (timings.interactiveMs === undefined)
          timings.interactiveMs = t2 - started + performance.timeOrigin - performance.timing.navigationStart;
        document.body.dataset.state = 'ready';
        document.body.dataset.renders = String(state.renders);
        if (!docPanel.hidden && state.openDocument) docPanel.hidden = true;
        return loadComputedRates();
      })
      .catch(function (error) {
        main.innerHTML = '<p class="fs-error">The graph could not answer: ' + esc(error.message) + '</p>';
        document.body.dataset.state = 'error';
      });
  }

  function syncAddress() {
    var next = new URLSearchParams();
    if (state.knownAt) next.set('knownAt', state.knownAt);
    if (state.reported !== 'LATEST') next.set('reported', state.reported);
    var search = next.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
  }

  var timeForm = document.getElementById('fs-time');
  if (!state.key) {
    timeForm.hidden = true;
    renderCompanies().catch(function (error) {
      main.innerHTML = '<p class="fs-error">' + esc(error.message) + '</p>';
    });
    return;
  }
  knownAtInput.value = state.knownAt || '';
  Array.prototype.forEach.call(timeForm.querySelectorAll('input[name=reported]'), function (input) {
    input.checked = input.value === state.reported;
    input.addEventListener('change', function () {
      if (!input.checked) return;
      state.reported = input.value;
      syncAddress();
      load();
    });
  });
  knownAtInput.addEventListener('change', function () {
    var value = knownAtInput.value;
    state.knownAt = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    syncAddress();
    load();
  });
  document.getElementById('fs-known-clear').addEventListener('click', function () {
    knownAtInput.value = '';
    state.knownAt = null;
    syncAddress();
    load();
  });
  timeForm.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  load();
})();
