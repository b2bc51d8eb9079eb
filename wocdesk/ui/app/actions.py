"""A registry of the window's actions: text, tooltip and keys declared once, retranslated live."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from wocdesk.i18n import _

Shortcut = str | QKeySequence.StandardKey
_MNEMONIC = re.compile(r"\(&\w\)")  # the Chinese style of mnemonic: 文件(&F)


@dataclass
class ActionSpec:
    """What an action says (message ids, translated at call time) and which keys trigger it."""

    text: str
    tip: str = ""
    shortcuts: Sequence[Shortcut] = ()
    literal: bool = False  # the text is shown as is in every language (e.g. 中文, English)
    checkable: bool = False


@dataclass
class ActionRegistry:
    """Every action of a window by id, so menus, toolbars and retranslation share them."""

    parent: QWidget
    actions: dict[str, QAction] = field(default_factory=dict)
    specs: dict[str, ActionSpec] = field(default_factory=dict)

    def add(
        self,
        action_id: str,
        spec: ActionSpec,
        slot: Callable[..., object] | None = None,
    ) -> QAction:
        """Create (or return) the action ``action_id``; ``slot`` runs when it is triggered."""
        if action_id in self.actions:
            return self.actions[action_id]
        action = QAction(self.parent)
        action.setObjectName(f"action-{action_id}")
        action.setCheckable(spec.checkable)
        keys: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(shortcut))
            else:
                keys.append(QKeySequence(shortcut))
        # A key listed twice (a platform binding that is also given literally, e.g. F3) makes
        # Qt call the shortcut ambiguous and trigger nothing: keep each key once.
        unique = list({key.toString(): key for key in keys if not key.isEmpty()}.values())
        if unique:
            action.setShortcuts(unique)
        if slot is not None:
            action.triggered.connect(slot)
        self.parent.addAction(action)  # shortcuts work even when no menu shows the action
        self.actions[action_id] = action
        self.specs[action_id] = spec
        self._translate(action_id)
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self.actions

    def retranslate_ui(self) -> None:
        """Set every action's text and tooltip in the current interface language."""
        for action_id in self.actions:
            self._translate(action_id)

    def _translate(self, action_id: str) -> None:
        action, spec = self.actions[action_id], self.specs[action_id]
        text = spec.text if spec.literal else _(spec.text)
        action.setText(text)
        action.setIconText(_MNEMONIC.sub("", text).replace("&", "").replace("…", ""))
        tip = _(spec.tip) if spec.tip else text.replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)


class ActionHost(Protocol):
    """A window that takes features' actions into its menus (the reader's ``MainWindow``)."""

    action_registry: ActionRegistry

    def add_action(
        self,
        menu_id: str,
        action_id: str,
        spec: ActionSpec,
        slot: Callable[..., object] | None = None,
    ) -> QAction:
        """Add ``spec`` as action ``action_id`` to menu ``menu_id``; ``slot`` runs on trigger."""
        ...
