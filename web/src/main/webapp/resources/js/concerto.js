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
                return;
            }
            // Not saved: the keyboard and the eyes go to why, the conflict's warning or the first field refused.
            var why = document.getElementById('editor:conflict') || document.querySelector('#editor [aria-invalid="true"]');
            if (why) {
                if (!why.matches('input, textarea, select, button')) {
                    why.setAttribute('tabindex', '-1');
                }
                why.scrollIntoView({block: 'nearest'});
                why.focus();
            }
        },
        returnFocus: function () {
            document.removeEventListener('keydown', onEscape);
            var element = opener && opener.getAttribute('data-edit');
            opener = null;
            // After the panel's own closing and the table's redrawing are done, which may take their time on a
            // loaded machine: tried again, for a second at most, while the keyboard is nowhere (the page's body) or
            // still in the closed panel; never taken back from where the person has since moved it.
            var tries = 0;
            (function focusRow() {
                var target = element ? document.querySelector('[data-edit="' + element + '"]') : null;
                var active = document.activeElement;
                if (target && (!active || active === document.body || active.closest('.editor-panel'))) {
                    target.focus();
                }
                if (target && ++tries < 10) {
                    setTimeout(focusRow, 100);
                }
            })();
        }
    };
})();

/*
 * The plan's table. Its rows' buttons are plain buttons naming their element: a click sends the element to the
 * page's command for that button (plan.xhtml's remote commands). A heading's toggle folds the rows under it, here
 * in the page, which holds every row; "Tout déplier" and "Tout replier" fold them all; folded headings stay folded
 * when an Ajax update draws the table anew. Each row's structure buttons (add under, up, down, move, remove) are
 * one toolbar: one Tab stop, the arrow keys going from button to button, so that the keyboard crosses a row in
 * three presses rather than seven.
 */
(function () {
    var COMMANDS = {edit: 'concertoEdit', followUp: 'concertoFollowUp', addUnder: 'concertoAddUnder',
        moveUp: 'concertoMoveUp', moveDown: 'concertoMoveDown', move: 'concertoMove', remove: 'concertoRemove'};
    var folded = new Set();
    var focusAfterUpdate = null;

    function elementOf(row) {
        return row.querySelector('.element-title').dataset.element;
    }

    function drawToggle(row, tree) {
        var toggle = row.querySelector('.tree-toggle');
        if (!toggle) {
            return;
        }
        var isFolded = folded.has(elementOf(row));
        toggle.setAttribute('aria-expanded', isFolded ? 'false' : 'true');
        toggle.setAttribute('aria-label', (isFolded ? tree.dataset.expand : tree.dataset.collapse) + ' : '
            + row.querySelector('.element-title').textContent.trim());
        toggle.firstElementChild.className = 'pi ' + (isFolded ? 'pi-chevron-right' : 'pi-chevron-down');
    }

    /** Hides the rows under a folded heading, shows the others. */
    function draw() {
        var tree = document.querySelector('.plan-tree');
        if (!tree) {
            return;
        }
        var foldedAt = null;
        tree.querySelectorAll('tbody > tr[data-depth]').forEach(function (row) {
            var depth = Number(row.dataset.depth);
            drawToggle(row, tree);
            if (foldedAt !== null && depth > foldedAt) {
                row.hidden = true;
                return;
            }
            row.hidden = false;
            foldedAt = folded.has(elementOf(row)) ? depth : null;
        });
        tree.querySelectorAll('.structure-buttons').forEach(function (toolbar) {
            var buttons = Array.from(toolbar.querySelectorAll('button'));
            if (!buttons.some(function (button) { return button.getAttribute('tabindex') === '0'; })) {
                buttons.forEach(function (button, index) {
                    button.setAttribute('tabindex', index === 0 ? '0' : '-1');
                });
            }
        });
    }

    function foldAll(fold) {
        folded.clear();
        if (fold) {
            document.querySelectorAll('.plan-tree tr.heading-row').forEach(function (row) {
                folded.add(elementOf(row));
            });
        }
        draw();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.plan-tree button, button[data-tree]');
        if (!button) {
            return;
        }
        if (button.dataset.tree) {
            foldAll(button.dataset.tree === 'collapse');
            return;
        }
        if (button.classList.contains('tree-toggle')) {
            var element = elementOf(button.closest('tr'));
            if (!folded.delete(element)) {
                folded.add(element);
            }
            draw();
            return;
        }
        var action = Object.keys(COMMANDS).find(function (name) { return button.dataset[name] !== undefined; });
        if (action) {
            if (action === 'edit') {
                concerto.opening(button);
            }
            if (action === 'moveUp' || action === 'moveDown') {
                focusAfterUpdate = '[data-' + (action === 'moveUp' ? 'move-up' : 'move-down') + '="' + button.dataset[action] + '"]';
            }
            window[COMMANDS[action]]([{name: 'element', value: button.dataset[action]}]);
        }
    });

    document.addEventListener('keydown', function (event) {
        var toolbar = event.target.closest && event.target.closest('.structure-buttons');
        var step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
        if (!toolbar || (step === undefined && event.key !== 'Home' && event.key !== 'End')) {
            return;
        }
        var buttons = Array.from(toolbar.querySelectorAll('button'));
        var at = buttons.indexOf(document.activeElement);
        if (at < 0) {
            return;
        }
        event.preventDefault();
        var next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
        buttons[at].setAttribute('tabindex', '-1');
        buttons[next].setAttribute('tabindex', '0');
        buttons[next].focus();
    });

    document.addEventListener('DOMContentLoaded', draw);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            setTimeout(function () {
                draw();
                var target = focusAfterUpdate && document.querySelector(focusAfterUpdate);
                focusAfterUpdate = null;
                if (target) {
                    target.parentNode.querySelectorAll('button').forEach(function (button) {
                        button.setAttribute('tabindex', '-1');
                    });
                    target.setAttribute('tabindex', '0');
                    target.focus();
                }
            }, 0);
        });
    }
})();

/*
 * The plan's outline stays open beside the table on a wide screen and starts folded above it on a narrower one,
 * where it would push the plan down. Following one of its links gives the keyboard to the element it names.
 */
(function () {
    document.addEventListener('DOMContentLoaded', function () {
        var outline = document.getElementById('outline');
        if (!outline) {
            return;
        }
        if (!window.matchMedia('(min-width: 100rem)').matches) {
            outline.removeAttribute('open');
        }
        outline.addEventListener('click', function (event) {
            var link = event.target.closest('a[data-outline]');
            var target = link ? document.getElementById('element-' + link.dataset.outline) : null;
            if (target) {
                event.preventDefault();
                target.scrollIntoView({block: 'start'});
                target.focus({preventScroll: true});
                history.replaceState(null, '', link.getAttribute('href'));
            }
        });
    });
})();

/*
 * Dialogs and side panels give the keyboard back to what opened them when they close. The control is found
 * again by its id or its data- attributes when an Ajax update has drawn it anew meanwhile. (The edit panel keeps
 * its own, row-aware return above.)
 */
(function () {
    var OVERLAYS = '.ui-dialog, .ui-sidebar, .ui-confirm-dialog';
    var opener = null;

    function describe(element) {
        if (element.id) {
            return '[id="' + element.id + '"]';
        }
        var data = Array.from(element.attributes).find(function (attribute) {
            return attribute.name.indexOf('data-') === 0 && attribute.name !== 'data-keyboard';
        });
        return data ? '[' + data.name + '="' + data.value + '"]' : null;
    }

    document.addEventListener('focusin', function (event) {
        if (event.target !== document.body && !event.target.closest(OVERLAYS)) {
            opener = {element: event.target, selector: describe(event.target)};
        }
    });

    function returnFocus(overlay) {
        setTimeout(function () {
            var active = document.activeElement;
            if (!opener || (active && active !== document.body && !overlay.contains(active))) {
                return;
            }
            var target = document.body.contains(opener.element) ? opener.element
                : (opener.selector ? document.querySelector(opener.selector) : null);
            if (target) {
                target.focus();
            }
        }, 100);
    }

    new MutationObserver(function (mutations) {
        mutations.forEach(function (mutation) {
            var overlay = mutation.target;
            if (overlay.matches && overlay.matches('.ui-dialog') && overlay.getAttribute('aria-hidden') === 'true'
                    && mutation.oldValue !== 'true') {
                returnFocus(overlay);
            }
        });
    }).observe(document.documentElement, {subtree: true, attributes: true, attributeFilter: ['aria-hidden'], attributeOldValue: true});
})();
