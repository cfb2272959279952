"""E-books (电子书): the tab of licences and loans, its dialogs and its tables."""
