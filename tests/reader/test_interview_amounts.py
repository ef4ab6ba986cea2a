"""The interview reads amounts with the same reader as questions (issue 11 via issue 8)."""
import os
import subprocess
import sys


def test_console_interview_reads_spoken_amounts(tmp_path):
    script = "/new\n智慧城管平台\n常州钟楼\n二十九万九\n软件\n/skip\n区财政\n刚立项\n/skip\n"
    env = {**os.environ, "BOT_DB_PATH": str(tmp_path / "bot.db")}
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], input=script, capture_output=True, text=True,
                         env=env, timeout=60).stdout
    assert "总金额：29.9万元" in out        # 299,000 yuan, not 290,009


def test_an_estimate_asks_for_the_exact_amount(tmp_path):
    """七八十万 straddles nothing here, but a declared project is measured against every threshold:
    the interview asks for the figure instead of recording a guess."""
    script = "/new\n智慧城管平台\n常州钟楼\n七八十万\n"
    env = {**os.environ, "BOT_DB_PATH": str(tmp_path / "bot.db")}
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], input=script, capture_output=True, text=True,
                         env=env, timeout=60).stdout
    assert "“七八十万”是个估计（70万元至80万元）" in out
