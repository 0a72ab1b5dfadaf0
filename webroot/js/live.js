/*
 * Live updates for NTC Hub pages. Pages work without this script; with it, seat counts, a changed training,
 * the moderation and advice queues, the notification badge and contact-point feeds follow the
 * server's event stream. No framework: one EventSource per page, DOM updates with
 * textContent only (event data is never parsed as HTML).
 */
(function () {
  'use strict';
  tickAdviceAges();
  if (!('EventSource' in window)) return;

  var lang = document.documentElement.lang || 'en';
  var topics = [];
  function want(selector, topic) {
    if (document.querySelector(selector) && topics.indexOf(topic) < 0) topics.push(topic);
  }
  want('[data-live-seats]', 'training.seats');
  want('[data-live-queue]', 'moderation.queue');
  want('[data-live-notifications], [data-live-notice]', 'notification');
  want('[data-live-feed]', 'announcement.posted');
  want('[data-live-duty]', 'contactpoint.duty');
  want('[data-live-changed]', 'training.changed');
  want('[data-live-advice]', 'advice.queue');
  if (topics.length === 0) return;

  function localised(text) {
    if (!text || typeof text !== 'object') return text || '';
    return text[lang] || text.en || text.fi || text.sv || '';
  }

  function fill(template, value) {
    return String(template || '#').replace('#', String(value));
  }

  var handlers = {
    'training.seats': function (data) {
      document.querySelectorAll('[data-live-seats="' + data.trainingId + '"]').forEach(function (el) {
        var numbers = data;
        if (el.dataset.site) {
          numbers = (data.sites || []).filter(function (s) { return s.site === el.dataset.site; })[0];
          if (!numbers) return;
        }
        var text = fill(el.dataset.textSeats, numbers.seatsLeft);
        if (numbers.waitlistLength > 0) text += ' · ' + fill(el.dataset.textWaitlist, numbers.waitlistLength);
        el.textContent = text;
        el.classList.add('live-changed');
      });
    },
    'training.changed': function (data) {
      var box = document.querySelector('[data-live-changed="' + data.trainingId + '"]');
      var notice = box && box.querySelector('.notice');
      if (notice) notice.hidden = false;
    },
    'moderation.queue': function (data) {
      var box = document.querySelector('[data-live-queue]');
      if (!box) return;
      var id = data.showcaseId || data.trainingId || data.organisationId || data.libraryId;
      var item = id && document.querySelector('[data-queue-item="' + id + '"]');
      if (data.change === 'removed' && item) item.classList.add('queue-done');
      var notice = box.querySelector('[data-live-notice]');
      var template = data.change === 'added' ? box.dataset.textAdded : box.dataset.textRemoved;
      notice.querySelector('[data-live-text]').textContent = fill(template, localised(data.title));
      notice.hidden = false;
    },
    'notification': function () {
      document.querySelectorAll('[data-unread]').forEach(function (badge) {
        badge.textContent = String((parseInt(badge.textContent, 10) || 0) + 1);
        badge.classList.remove('badge-zero');
      });
      document.querySelectorAll('[data-live-notice]').forEach(function (notice) {
        if (!notice.closest('[data-live-queue]')) notice.hidden = false;
      });
    },
    'announcement.posted': function (data) {
      var feed = document.querySelector('[data-live-feed="' + data.contactPoint + '"]');
      if (!feed) return;
      var empty = feed.querySelector('.feed-empty');
      if (empty) empty.remove();
      var item = document.createElement('li');
      item.className = 'live-changed';
      var text = document.createElement('p');
      text.textContent = localised(data.text);
      var meta = document.createElement('p');
      meta.className = 'muted';
      meta.textContent = (feed.dataset.newLabel || '') + (data.author ? ' · ' + data.author : '');
      item.appendChild(text);
      item.appendChild(meta);
      feed.insertBefore(item, feed.firstChild);
    },
    'advice.queue': function (data) {
      var box = document.querySelector('[data-live-advice]');
      if (!box) return;
      var item = box.querySelector('[data-advice-item="' + data.requestId + '"]');
      if (!item) {
        if (data.change !== 'added') return;
        var notice = box.querySelector('[data-advice-notice]');
        notice.querySelector('[data-live-text]').textContent = fill(box.dataset.textAdded, localised(data.title));
        notice.hidden = false;
        return;
      }
      var status = item.querySelector('[data-advice-status]');
      var statusText = box.getAttribute('data-status-' + data.status);
      if (status && statusText) {
        status.textContent = statusText;
        status.className = 'badge advice-' + data.status;
      }
      var place = item.querySelector('[data-advice-place]');
      var placeName = box.getAttribute('data-place-' + data.contactPoint);
      if (place && placeName) place.textContent = placeName;
      var assignee = item.querySelector('[data-advice-assignee]');
      if (assignee) assignee.textContent = data.assignee ? fill(box.dataset.textHandled, data.assignee) : box.dataset.textUnassigned;
      var mark = item.querySelector('[data-advice-changed]');
      if (mark) {
        mark.textContent = box.dataset.textChanged;
        mark.hidden = false;
      }
      item.classList.add('live-changed');
    },
    'contactpoint.duty': function (data) {
      var list = document.querySelector('[data-live-duty="' + data.contactPoint + '"]');
      if (!list) return;
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!data.onDuty || data.onDuty.length === 0) {
        var none = document.createElement('li');
        none.className = 'muted';
        none.textContent = list.dataset.emptyText || '';
        list.appendChild(none);
        return;
      }
      data.onDuty.forEach(function (person) {
        var li = document.createElement('li');
        var name = document.createElement('strong');
        name.textContent = person.name;
        li.appendChild(name);
        if (person.title) li.appendChild(document.createTextNode(', ' + person.title));
        list.appendChild(li);
      });
    }
  };

  var lastId = null;
  var retryMillis = 3000;

  function connect() {
    var url = '/api/v1/events/stream?topics=' + encodeURIComponent(topics.join(','));
    // EventSource resends Last-Event-ID itself while it reconnects; after a hard failure we
    // open a new one and name the last id in the query instead.
    if (lastId !== null) url += '&lastEventId=' + encodeURIComponent(lastId);
    var source = new EventSource(url);
    document.documentElement.dataset.live = 'connecting';
    source.onopen = function () {
      retryMillis = 3000;
      document.documentElement.dataset.live = 'open';
    };
    topics.forEach(function (topic) {
      source.addEventListener(topic, function (event) {
        if (event.lastEventId) lastId = event.lastEventId;
        try {
          handlers[topic](JSON.parse(event.data));
        } catch (e) {
          // A malformed event must not stop the others.
        }
      });
    });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        document.documentElement.dataset.live = 'closed';
        setTimeout(connect, retryMillis);
        retryMillis = Math.min(retryMillis * 2, 60000);
      }
    };
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect);
  else connect();

  /*
   * The advice queue's "asked 5 min ago" goes on counting while the page stays open: from the
   * server's clock at render (data-now) plus the time since, so a wrong clock here does not matter.
   * It is redrawn every half minute and when the tab is shown again.
   */
  function tickAdviceAges() {
    var box = document.querySelector('[data-live-advice][data-now]');
    if (!box) return;
    var renderedAt = Date.parse(box.dataset.now);
    var loadedAt = Date.now();
    function redraw() {
      var now = renderedAt + (Date.now() - loadedAt);
      box.querySelectorAll('[data-advice-age]').forEach(function (el) {
        var minutes = Math.max(0, Math.floor((now - Date.parse(el.dataset.adviceAge)) / 60000));
        if (isNaN(minutes)) return;
        var age = minutes >= 1440 ? fill(box.dataset.ageDays, Math.floor(minutes / 1440))
          : minutes >= 60 ? fill(box.dataset.ageHours, Math.floor(minutes / 60)) : fill(box.dataset.ageMinutes, minutes);
        el.textContent = fill(box.dataset.textAge, age);
      });
    }
    setInterval(redraw, 30000);
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) redraw();
    });
  }
})();
