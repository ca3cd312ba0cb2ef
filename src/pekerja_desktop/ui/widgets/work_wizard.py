"""What the setup and the secure wizards share: a commit page whose button runs one service call off the GUI
thread and moves on when it is done (its error label says what stopped it, in the words every page uses), and a
two-page wizard that hands back the first admin's credentials so the window can sign in without asking again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.labels import error_label


class WorkPage(QWizardPage):
    """Subclasses give `problem()` (said before anything is made) and `work()` (the call to run)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self.result = None
        self._busy = False
        self.setCommitPage(True)
        self.error = error_label(self, hidden=False)

    def admin_account(self) -> NewAccount:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None

    def work(self) -> Callable[[], object]:
        raise NotImplementedError

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return False
        if not self._busy:
            self._start()
        return False

    def _start(self) -> None:
        self._busy = True
        self.error.clear()
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(False)
        work = self.work()  # read from the widgets here, on the GUI thread
        self._runner.run(lambda _control: work(), on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self._busy = False
        self.result = result
        QTimer.singleShot(0, self.wizard().next)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.error.setText(failure_message(exc))


class CredentialsWizard(QWizard):
    """Two pages: the work page, then what it made (shown once, so Back and Cancel are gone there)."""

    def __init__(self, work_page: WorkPage, result_page: QWizardPage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self._work_page = work_page
        self.setPage(0, work_page)
        self.setPage(1, result_page)

    def result_value(self):
        return self._work_page.result

    @property
    def credentials(self) -> tuple[str, str]:
        admin = self._work_page.admin_account()
        return admin.username, admin.password

    @classmethod
    def run(cls, *args, **kwargs) -> tuple[str, str] | None:
        """The admin's (user name, password) once the work is done; None if cancelled."""
        wizard = cls(*args, **kwargs)
        wizard.exec()
        return wizard.credentials if wizard.result_value() is not None else None
