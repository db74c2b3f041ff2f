// Merged, not replaced: stay-picker.js, loaded earlier on the public pages, adds its own part.
window.bookspace = Object.assign(window.bookspace || {}, {
    /* Keeps the address bar equal to the search on screen, so a guest can bookmark or share it. */
    keepBookmark: function (args) {
        if (args && args.bookmark) {
            history.replaceState(null, '', args.bookmark);
        }
    },

    /*
     * When the booking page carries a puzzle (its network has booked often), solves it before the guest
     * can book: a number whose SHA-256, written after the challenge, starts with the asked zero bits.
     * The book button waits meanwhile, a second or two.
     */
    proveWork: async function () {
        var field = document.querySelector('[data-role=proof-of-work]');
        if (!field || !field.dataset.challenge || field.value || field.dataset.solving) {
            return;
        }
        field.dataset.solving = 'true';
        var button = document.querySelector('[data-role=book]');
        if (button) {
            button.disabled = true;
        }
        var encoder = new TextEncoder();
        var bits = Number(field.dataset.bits);
        for (var answer = 0; ; answer++) {
            var digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(field.dataset.challenge + ':' + answer)));
            if (bookspace.leadingZeroBits(digest) >= bits) {
                field.value = String(answer);
                break;
            }
        }
        if (button) {
            button.disabled = false;
        }
    },

    leadingZeroBits: function (digest) {
        var zeros = 0;
        for (var i = 0; i < digest.length; i++) {
            if (digest[i] !== 0) {
                return zeros + Math.clz32(digest[i]) - 24;
            }
            zeros += 8;
        }
        return zeros;
    },

    /* A phone's screen: the menu opens over the page when asked, and is closed on every page. */
    phone: window.matchMedia('(max-width: 40rem)'),

    /* Opens or closes the dashboard's menu at once, and remembers it for this user on the server (not on a phone,
       where it opens only for the moment). */
    toggleSidebar: function (button) {
        if (bookspace.phone.matches) {
            button.setAttribute('aria-expanded', String(document.body.classList.toggle('menu-open')));
            return;
        }
        var collapsed = document.body.classList.toggle('sidebar-collapsed');
        button.setAttribute('aria-expanded', String(!collapsed));
        fetch(button.dataset.url, {
            method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'},
            body: 'sidebar=' + (collapsed ? 'collapsed' : 'open')
        });
    }
});

/* The Content-Security-Policy runs no inline handlers, so the menu button is wired here (this script
   comes after the button, at the end of the page). */
document.querySelectorAll('[data-role=sidebar-toggle]').forEach(function (button) {
    if (bookspace.phone.matches) {
        button.setAttribute('aria-expanded', 'false');
    }
    button.addEventListener('click', function () {
        bookspace.toggleSidebar(button);
    });
});

/* A copy button copies the text of what its data-copies selects (a new API key, shown once); where
   the page may not write the clipboard (plain HTTP), it selects the text for the person to copy. The
   button may arrive later by AJAX, so the click is caught on the document. */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copies]');
    if (!button) {
        return;
    }
    var source = document.querySelector(button.dataset.copies);
    var selectIt = function () {
        window.getSelection().selectAllChildren(source);
        button.textContent = 'Selected: press Ctrl+C';
    };
    if (!navigator.clipboard) {
        selectIt();
        return;
    }
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = 'Copied';
    }, selectIt);
});

// A booking page that already carries a puzzle starts on it at once.
if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', window.bookspace.proveWork);
} else {
    window.bookspace.proveWork();
}

/* A room's gallery (public room page): one photo at a time, changed by the previous and next buttons, the
   arrow keys while the gallery has focus, a swipe across the photo, or a thumbnail. */
document.querySelectorAll('[data-role=gallery]').forEach(function (gallery) {
    var photos = gallery.querySelectorAll('[data-role=gallery-photo]');
    var thumbnails = gallery.querySelectorAll('[data-role=gallery-thumbnail]');
    var position = gallery.querySelector('[data-role=gallery-position]');
    var current = 0;
    var show = function (index) {
        current = (index + photos.length) % photos.length;
        photos.forEach(function (photo, i) {
            photo.classList.toggle('is-current', i === current);
        });
        thumbnails.forEach(function (thumbnail, i) {
            thumbnail.setAttribute('aria-current', String(i === current));
        });
        position.textContent = (current + 1) + ' of ' + photos.length;
    };
    gallery.querySelector('[data-role=gallery-previous]').addEventListener('click', function () {
        show(current - 1);
    });
    gallery.querySelector('[data-role=gallery-next]').addEventListener('click', function () {
        show(current + 1);
    });
    thumbnails.forEach(function (thumbnail, i) {
        thumbnail.addEventListener('click', function (event) {
            event.preventDefault();
            show(i);
        });
    });
    gallery.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
            event.preventDefault();
            show(current + (event.key === 'ArrowRight' ? 1 : -1));
        }
    });
    var stage = gallery.querySelector('.gallery-stage');
    var startX = null;
    stage.addEventListener('pointerdown', function (event) {
        startX = event.clientX;
    });
    stage.addEventListener('pointerup', function (event) {
        if (startX !== null && Math.abs(event.clientX - startX) > 40) {
            show(current + (event.clientX < startX ? 1 : -1));
        }
        startX = null;
    });
});
