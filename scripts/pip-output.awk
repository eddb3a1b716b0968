# pip's output as a person installing asfdesk needs it: without this machine's find-links notices
# ("WARNING: Location …") and without setuptools' ten-line note that an install is editable (every
# install from a clone is, and it asks nothing of anyone). Errors and anything else pass through.
# Usage: pip install … 2>&1 | awk -f scripts/pip-output.awk   (with pipefail, pip's failure stays)
/BuildBackendWarning: Editable installation/ { skip = 12 }
skip > 0 { skip--; if (/with strategy, WheelFile/) skip = 0; next }
!/^WARNING: Location/
