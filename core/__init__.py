"""The Qt-free core of Xã Số: the domain services of each feature, the sync engine and the report
builders. The desktop app, the xaso-admin CLI and the province hub are shells on top of it;
nothing here imports Qt, FastAPI or a shell (tests/unit/test_layers.py keeps it so)."""
