"""The UI parts every page shares, one small module each; nothing outside this package defines them again.

labels (heading, sentence, data label, error box, a message line), dialogs (open without blocking), confirm
(a yes/no question), dates (a day as 2026-11-21), tables (the one table-view set-up), search_box (the one
debounced search box), rooms (the reading-room combo), status (copy status words), form_dialog (a sentence, a
form and one task), desk_tab (a tab under the desk's scan box).
"""
