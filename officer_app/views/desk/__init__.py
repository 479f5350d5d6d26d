"""The walk-in desk's pages: intake (Meja Pengaduan) and today's filings (Laporan saya)."""
