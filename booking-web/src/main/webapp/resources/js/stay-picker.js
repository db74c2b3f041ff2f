/*
 * The public pages' stay picker (one PrimeFaces date picker in range mode): the guest's week and month names,
 * and under each day whether the night can be booked and from what price, asked of /{org}/nights two months
 * at a time as the picker shows them, from the first time the guest opens it. Loaded before the picker, so its
 * locale is in place when the widget starts.
 */
(function () {
    var settings = document.querySelector('[data-role=stay-picker-settings]');
    if (!settings || !window.PrimeFaces) {
        return;
    }
    // PrimeFaces looks the picker's locale up by its Java name (en_GB); the rest of its labels stay as they are.
    var key = settings.dataset.localeKey;
    PrimeFaces.locales[key] = Object.assign({}, PrimeFaces.getLocaleSettings(key), JSON.parse(settings.dataset.locale));

    var phone = window.matchMedia('(max-width: 40rem)');
    var nights = {};      // ISO date -> {bookable, price}
    var asked = {};       // 'YYYY-MM' -> true once asked
    var askedFor = null;  // the guests the answers are for
    var opened = false;   // nothing is asked before the guest opens the picker: the page itself costs no more

    function iso(year, month, day) {
        return year + '-' + String(month + 1).padStart(2, '0') + '-' + String(day).padStart(2, '0');
    }

    function guests() {
        // The rooms page's guests box, or the room page's spinner, whose data-role may be on its wrapper.
        var field = document.querySelector('input[data-role=guests]') || document.querySelector('[data-role=guests] input');
        return field && field.value ? field.value : '';
    }

    /* Asks for this month and the next, once; redraws the open picker with the answer. */
    function ask(picker, year, month) {
        if (!opened) {
            return;
        }
        if (askedFor !== guests()) {
            nights = {};
            asked = {};
            askedFor = guests();
        }
        var monthKey = iso(year, month, 1).substring(0, 7);
        if (asked[monthKey]) {
            return;
        }
        var last = new Date(year, month + 2, 0);
        asked[monthKey] = true;
        asked[iso(last.getFullYear(), last.getMonth(), 1).substring(0, 7)] = true;
        var url = settings.dataset.nights + '?from=' + iso(year, month, 1)
            + '&to=' + iso(last.getFullYear(), last.getMonth(), last.getDate())
            + (settings.dataset.room ? '&room=' + settings.dataset.room : '')
            + (askedFor ? '&guests=' + encodeURIComponent(askedFor) : '');
        fetch(url, {headers: {Accept: 'application/json'}}).then(function (response) {
            return response.ok ? response.json() : {nights: []};
        }).then(function (answer) {
            answer.nights.forEach(function (night) {
                night.currency = answer.currency;
                nights[night.date] = night;
            });
            if (picker.panel && picker.panel.is(':visible')) {
                picker.updatePanel();
            }
        });
    }

    /*
     * "€80.00" reads "€80" under a day; a price with cents keeps them. A page in another language than English writes
     * it as that language does ("80 €"), from the amount in minor units: the answer itself is the same for everyone.
     */
    function shortPrice(night) {
        var language = document.documentElement.lang;
        if (!language || language === 'en' || !window.Intl) {
            return night.price.replace(/[.,]00(?=\D*$)/, '');
        }
        var money = new Intl.NumberFormat(language, {style: 'currency', currency: night.currency});
        var amount = night.price_minor / Math.pow(10, money.resolvedOptions().maximumFractionDigits);
        return Number.isInteger(amount)
            ? new Intl.NumberFormat(language, {style: 'currency', currency: night.currency, minimumFractionDigits: 0, maximumFractionDigits: 0}).format(amount)
            : money.format(amount);
    }

    window.bookspace = window.bookspace || {};
    window.bookspace.stayPicker = {
        /* The picker's beforeShow: draws the months again, now asking for their nights. */
        open: function (picker) {
            opened = true;
            picker.updatePanel();
        },

        /* The picker's dateTemplate: the day, and under it the night's from-price, or a mark when it cannot be booked. */
        night: function (date) {
            if (phone.matches && this.options.numberOfMonths > 1) {
                // One month at a time on a phone; two side by side on a wider screen.
                this.options.numberOfMonths = 1;
                var picker = this;
                PrimeFaces.queueTask(function () {
                    picker.updatePanel();
                });
            }
            var day = iso(date.year, date.month, date.day);
            var night = nights[day];
            if (!night) {
                ask(this, date.year, date.month);
                return '<span class="night" data-role="night" data-night="' + day + '">' + date.day + '</span>';
            }
            return '<span class="night" data-role="night" data-night="' + day + '" data-bookable="' + night.bookable + '"'
                + (night.bookable ? '' : ' title="' + settings.dataset.notBookable + '"') + '>' + date.day
                + '<small class="night-price" data-role="night-price">' + (night.price ? shortPrice(night) : '&#8211;')
                + '</small></span>';
        }
    };
}());
