/*
 * «Наставник» widget for a school's website. One line in the page:
 *
 *   <script src="https://<host>/public/widget.js" data-feed="organizations/<id>" data-limit="5" async></script>
 *
 * It reads the place's JSON Feed from the same host (CORS, no cookies) and shows the latest practices and news
 * right after the script element, in a shadow root so that neither page's styles leak into the other.
 * Every text from the feed is set as text (textContent), never parsed as markup, and links are http(s) only:
 * whatever a feed carries, it cannot run script in the school's page.
 */
(function () {
  'use strict';

  var FEED = /^(organizations|municipalities|regions)\/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
  var CSS = ':host{all:initial;display:block}' +
    '.nw{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;' +
    'border:1px solid #e4e7eb;border-radius:6px;padding:10px 12px;background:#fff;max-width:640px}' +
    'h2{font-size:15px;margin:8px 0 4px;color:#3e4c59}ol{list-style:none;margin:0;padding:0}' +
    'li{padding:5px 0;border-bottom:1px solid #f0f2f4}li:last-child{border-bottom:0}' +
    'a{color:#1d4ed8;text-decoration:none}a:hover{text-decoration:underline}' +
    'time{display:block;color:#616e7c;font-size:12px}p{margin:2px 0}.muted{color:#616e7c;font-size:12px}';

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function link(url, text) {
    var href = safeUrl(url);
    if (!href) {
      return element('span', text);
    }
    var a = element('a', text);
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    return a;
  }

  function day(value) {
    var date = new Date(value);
    return isNaN(date.getTime()) ? '' : date.toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function kindOf(item) {
    return item && item._nastavnik && item._nastavnik.kind === 'news' ? 'news' : 'practice';
  }

  function list(box, heading, items, empty) {
    box.appendChild(element('h2', heading));
    if (items.length === 0) {
      box.appendChild(element('p', empty, 'muted'));
      return;
    }
    var ol = element('ol');
    items.forEach(function (item) {
      var li = element('li');
      li.appendChild(link(item.url, item.title || 'Без названия'));
      var when = day(item.date_published);
      if (when) {
        var time = element('time', when);
        time.setAttribute('datetime', String(item.date_published));
        li.appendChild(time);
      }
      if (item.summary) {
        li.appendChild(element('p', item.summary));
      }
      ol.appendChild(li);
    });
    box.appendChild(ol);
  }

  function render(box, feed, limit) {
    while (box.firstChild) {
      box.removeChild(box.firstChild);
    }
    var items = Array.isArray(feed.items) ? feed.items : [];
    list(box, 'Практики наставничества',
      items.filter(function (i) { return kindOf(i) === 'practice'; }).slice(0, limit), 'Пока нет опубликованных практик.');
    list(box, 'Новости',
      items.filter(function (i) { return kindOf(i) === 'news'; }).slice(0, limit), 'Пока нет новостей.');
    var more = element('p', null, 'muted');
    more.appendChild(link(feed.home_page_url, 'Все публикации'));
    box.appendChild(more);
  }

  function mount(script) {
    if (script.hasAttribute('data-nastavnik-mounted')) {
      return;
    }
    script.setAttribute('data-nastavnik-mounted', '');
    var feed = script.getAttribute('data-feed') || '';
    var limit = Math.min(Math.max(parseInt(script.getAttribute('data-limit'), 10) || 5, 1), 20);
    var host = element('div');
    script.parentNode.insertBefore(host, script.nextSibling);
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    root.appendChild(element('style', CSS));
    var box = element('div', 'Загрузка публикаций…', 'nw');
    box.setAttribute('lang', 'ru');
    root.appendChild(box);
    if (!FEED.test(feed)) {
      box.textContent = 'Виджет «Наставник»: укажите data-feed="organizations/<идентификатор>".';
      return;
    }
    var origin = new URL(script.src, document.baseURI).origin;
    fetch(origin + '/public/feeds/' + feed + '.json', { mode: 'cors', credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (json) { render(box, json, limit); })
      .catch(function () { box.textContent = 'Публикации сейчас недоступны.'; });
  }

  var current = document.currentScript;
  if (current && current.hasAttribute('data-feed')) {
    mount(current);
  } else {
    Array.prototype.forEach.call(document.querySelectorAll('script[data-feed][src*="/public/widget.js"]'), mount);
  }
})();
