/*
 * SESEP's one script, loaded from the server (no inline script: the Content-Security-Policy
 * allows only 'self' and PrimeFaces' nonce). Three jobs:
 * - the error summary (GOV.UK's pattern, WEB-INF/templates/error-summary.xhtml): when a page or
 *   an Ajax update brings one, the focus moves to it and the title starts with "Error: "; its
 *   links put the focus in their field;
 * - otherwise it keeps the keyboard focus where the person was when an Ajax update (a form sent,
 *   a file uploaded, a dialog closed) re-rendered the element that had it: without this the focus
 *   drops to <body> and a keyboard or screen-reader user starts again at the top of the page;
 * - a file the server refused for its size (UploadSizeFilter answers a PrimeFaces upload with the
 *   message as a callback argument) is told at its upload, where PrimeFaces tells its own check;
 * - the agent's desk (panel/agente/atencion.xhtml) waits on the server for its next ticket and
 *   redraws itself when it comes, and its attention timer counts on between redraws.
 */
(function () {
    'use strict';

    var ERROR_PREFIX = 'Error: ';
    var lastFocusedId = null;

    document.addEventListener('focusin', function (event) {
        if (event.target && event.target.id) {
            lastFocusedId = event.target.id;
        }
    });

    function usable(element) {
        return element && !element.disabled && element.getClientRects().length > 0;
    }

    function modalOpen() {
        var dialogs = document.querySelectorAll('.ui-dialog[aria-modal="true"], .ui-dialog.ui-overlay-visible');
        for (var i = 0; i < dialogs.length; i++) {
            if (usable(dialogs[i])) {
                return true;
            }
        }
        return false;
    }

    /** The summary on the page, if any, with the title prefixed accordingly. */
    function errorSummary() {
        var summary = document.querySelector('.sesep-error-summary');
        var title = document.title.indexOf(ERROR_PREFIX) === 0 ? document.title.substring(ERROR_PREFIX.length) : document.title;
        document.title = summary ? ERROR_PREFIX + title : title;
        return summary;
    }

    /** After an update: back to the element of the same id, else to the page's messages. */
    function restoreFocus() {
        var active = document.activeElement;
        if (active && active !== document.body && document.documentElement.contains(active)) {
            return;
        }
        var previous = lastFocusedId && document.getElementById(lastFocusedId);
        if (usable(previous)) {
            previous.focus();
            return;
        }
        var messages = document.getElementById('messages');
        if (messages && messages.textContent.trim() !== '') {
            messages.setAttribute('tabindex', '-1');
            messages.focus();
        }
    }

    /** A wide table that scrolls sideways can be scrolled with the keyboard too (WCAG 2.1.1). */
    function focusableScrollers() {
        var wrappers = document.querySelectorAll('.sesep-wide-table .ui-datatable-tablewrapper');
        for (var i = 0; i < wrappers.length; i++) {
            wrappers[i].setAttribute('tabindex', '0');
        }
    }

    /** PrimeFaces' upload progress bars get a name (WCAG 4.1.2), from the page's language. */
    function nameProgressBars() {
        var name = document.body.getAttribute('data-upload-progress');
        var bars = document.querySelectorAll('.ui-progressbar:not([aria-label])');
        for (var i = 0; i < bars.length && name; i++) {
            bars[i].setAttribute('aria-label', name);
        }
    }

    function afterUpdate() {
        nameProgressBars();
        focusableScrollers();
        var summary = errorSummary();
        if (summary && !modalOpen()) {
            summary.focus();
            summary.scrollIntoView();
        } else {
            restoreFocus();
        }
    }

    /** A summary link focuses its field (or the first control inside it) and shows its label. */
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.sesep-error-summary a[data-field]') : null;
        if (!link) {
            return;
        }
        var field = document.getElementById(link.getAttribute('data-field'));
        if (field && !field.matches('input, select, textarea, button, a[href]')) {
            field = field.querySelector('input:not([type="hidden"]), select, textarea, button') || field;
        }
        if (field) {
            event.preventDefault();
            field.focus();
            var label = document.querySelector('label[for="' + field.id + '"]');
            (label || field).scrollIntoView();
        }
    });

    /** A page that arrives with a summary (a form sent without Ajax) starts at it. */
    function afterLoad() {
        focusableScrollers();
        var summary = errorSummary();
        if (summary) {
            summary.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', afterLoad);
    } else {
        afterLoad();
    }

    /**
     * The server's refusal of a file, shown as PrimeFaces shows its own check of a chosen file: in the
     * upload's message component (among what the upload updates), else in the upload's own list.
     */
    function showUploadRefusal(xhr, args) {
        var refusal = args && args.sesepUploadRefused;
        var source = xhr && xhr.pfSettings && xhr.pfSettings.source;
        var upload = refusal && source && window.PrimeFaces && PrimeFaces.getWidgetById(source);
        if (!upload || typeof upload.showMessage !== 'function') {
            return;
        }
        var context = PrimeFaces.validation.ValidationContext;
        context.clear();
        context.addMessage(source, {severity: 'error', summary: refusal.summary, detail: refusal.detail});
        var targets = upload.cfg.update
            ? PrimeFaces.expressions.SearchExpressionFacade.resolveComponentsAsSelector(upload.jq, upload.cfg.update)
            : window.jQuery();
        PrimeFaces.validation.Utils.renderMessages(context.messages, targets);
        context.messages[source].forEach(function (message) {
            if (!message.rendered) {
                upload.showMessage(message);
            }
        });
        context.clear();
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', nameProgressBars);
        window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            showUploadRefusal(xhr, args);
            window.setTimeout(afterUpdate, 0);
        });
    }

    /*
     * The agent's desk: one request at a time waits on the server (DeskWatchServlet) with the state
     * the page shows (".sesep-desk-watch", data-state); it comes back when the desk changed or after
     * half a minute, and asking again at once is the session's sign of life. Only a different state
     * costs a JSF postback: the hidden "desk:poll" button redraws the desk.
     */
    var deskWaiting = false;
    var deskRedrawFrom = null;
    var deskPausedUntil = 0;
    var deskFailures = 0;

    function watchDesk() {
        var watch = document.querySelector('.sesep-desk-watch');
        if (!watch || deskWaiting) {
            return;
        }
        var shown = watch.getAttribute('data-state');
        if (Date.now() < deskPausedUntil && (deskRedrawFrom === null || shown === deskRedrawFrom)) {
            return;
        }
        deskRedrawFrom = null;
        deskWaiting = true;
        window.fetch(watch.getAttribute('data-url') + '?visto=' + encodeURIComponent(shown),
            {credentials: 'same-origin', cache: 'no-store'})
            .then(function (response) {
                return response.ok && !response.redirected ? response.text() : Promise.reject(response.status);
            })
            .then(function (state) {
                if (!/^[A-Z_]+:[0-9]*$/.test(state)) {
                    return Promise.reject(state); // the login page: the session ended
                }
                deskFailures = 0;
                var current = document.querySelector('.sesep-desk-watch');
                var redraw = document.getElementById('desk:poll');
                if (current && redraw && state !== current.getAttribute('data-state')) {
                    deskRedrawFrom = current.getAttribute('data-state');
                    deskPausedUntil = Date.now() + 3000;
                    redraw.click();
                }
            })
            .catch(function () {
                deskFailures++;
                deskRedrawFrom = null;
                deskPausedUntil = Date.now() + Math.min(30000, 1000 * deskFailures);
            })
            .then(function () {
                deskWaiting = false;
            });
    }

    /** The attention timer (hh:mm:ss) counts on from the seconds the server drew it with. */
    function countAttention() {
        var elapsed = document.getElementById('elapsed');
        if (!elapsed || !elapsed.hasAttribute('data-seconds')) {
            return;
        }
        if (!elapsed.sesepDrawnAt) {
            elapsed.sesepDrawnAt = Date.now();
        }
        var s = Number(elapsed.getAttribute('data-seconds')) + Math.floor((Date.now() - elapsed.sesepDrawnAt) / 1000);
        function two(n) {
            return (n < 10 ? '0' : '') + n;
        }
        var clock = two(Math.floor((s % 86400) / 3600)) + ':' + two(Math.floor((s % 3600) / 60)) + ':' + two(s % 60);
        var text = s < 86400 ? clock : Math.floor(s / 86400) + ' d ' + clock;
        if (elapsed.textContent !== text) {
            elapsed.textContent = text;
        }
    }

    if (window.fetch) {
        window.setInterval(watchDesk, 200);
        window.setInterval(countAttention, 1000);
    }
}());
