"""The outcomes report: anonymous figures and charts for operators (make report)."""
