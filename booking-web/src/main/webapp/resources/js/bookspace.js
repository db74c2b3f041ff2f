window.bookspace = {
    /* Keeps the address bar equal to the search on screen, so a guest can bookmark or share it. */
    keepBookmark: function (args) {
        if (args && args.bookmark) {
            history.replaceState(null, '', args.bookmark);
        }
    },

    /* Opens or closes the dashboard's menu at once, and remembers it for this user on the server. */
    toggleSidebar: function (button) {
        var collapsed = document.body.classList.toggle('sidebar-collapsed');
        button.setAttribute('aria-expanded', String(!collapsed));
        fetch(button.dataset.url, {
            method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'},
            body: 'sidebar=' + (collapsed ? 'collapsed' : 'open')
        });
    }
};

/* The Content-Security-Policy runs no inline handlers, so the menu button is wired here (this script
   comes after the button, at the end of the page). */
document.querySelectorAll('[data-role=sidebar-toggle]').forEach(function (button) {
    button.addEventListener('click', function () {
        bookspace.toggleSidebar(button);
    });
});
