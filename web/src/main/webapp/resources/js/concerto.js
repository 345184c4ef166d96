/*
 * The plan page's edit panel and the keyboard: the panel takes focus when it opens, closes on a successful save,
 * on "Annuler" or on Escape, and gives the keyboard back to the row it was opened from (found again by its
 * element, since saving draws the plan's table anew).
 */
window.concerto = (function () {
    var opener = null;

    function onEscape(event) {
        if (event.key === 'Escape') {
            PF('editorPanel').hide();
        }
    }

    return {
        /** The row's button the panel is opened from (its click, before the panel's own focus moves). */
        opening: function (button) {
            opener = button;
        },
        openedEditor: function () {
            document.addEventListener('keydown', onEscape);
            var title = document.getElementById('editor:title');
            if (title) {
                title.focus();
            }
        },
        /** args: the ajax answer (closes when the save went through), null to close regardless. */
        closeEditor: function (args) {
            if (args === null || (args && !args.validationFailed && args.savedElement)) {
                PF('editorPanel').hide();
            }
        },
        returnFocus: function () {
            document.removeEventListener('keydown', onEscape);
            var element = opener && opener.getAttribute('data-edit');
            opener = null;
            // After the panel's own closing and the table's redrawing are done.
            setTimeout(function () {
                var target = element ? document.querySelector('[data-edit="' + element + '"]') : null;
                if (target) {
                    target.focus();
                }
            }, 50);
        }
    };
})();

/*
 * The plan tree's expand and collapse toggles, reachable and usable by keyboard: each is a button (Tab reaches
 * it, Enter or Space uses it) named for its row and saying whether it is expanded. The tree's container carries
 * the words in the page's language; the toggles are dressed again after every ajax update that draws the tree.
 */
(function () {
    function dress() {
        var tree = document.querySelector('.plan-tree');
        if (!tree) {
            return;
        }
        tree.querySelectorAll('.ui-treetable-toggler').forEach(function (toggle) {
            var expanded = toggle.classList.contains('ui-icon-triangle-1-s') || toggle.classList.contains('pi-chevron-down');
            var row = toggle.closest('tr');
            var title = row ? row.querySelector('.element-title') : null;
            toggle.setAttribute('tabindex', '0');
            toggle.setAttribute('role', 'button');
            toggle.setAttribute('aria-expanded', expanded ? 'true' : 'false');
            toggle.setAttribute('aria-label', (expanded ? tree.dataset.collapse : tree.dataset.expand)
                + (title ? ' : ' + title.textContent.trim() : ''));
            if (!toggle.dataset.keyboard) {
                toggle.dataset.keyboard = 'true';
                toggle.addEventListener('keydown', function (event) {
                    if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        toggle.click();
                    }
                });
            }
        });
    }

    document.addEventListener('DOMContentLoaded', dress);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            setTimeout(dress, 0);
        });
    }
})();
