"""Training mode: a separate profile against the embedded server, with exercises.

``sandbox`` keeps training away from real servers and profiles; ``exercises``
defines and checks what each role practises. Qt-free; the panel is
``views.training_panel`` and the launcher ``gui_main`` (``--training``).
"""
