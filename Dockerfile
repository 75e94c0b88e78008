# One image for the API and the UI (compose picks the command).
FROM python:3.11-slim
ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 HAYSTACK_TELEMETRY_ENABLED=False
WORKDIR /app
# OCR of scanned PDFs (ingest/ocr.py): Tesseract with German, Ghostscript for rasterising.
RUN apt-get update && apt-get install -y --no-install-recommends \
    tesseract-ocr tesseract-ocr-deu ghostscript && rm -rf /var/lib/apt/lists/*
# CPU-only torch first, so sentence-transformers does not pull a CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
# Every layer folder (README "Architecture"; tests/fundus/test_compose.py checks the list).
COPY core ./core
COPY encoder ./encoder
COPY index ./index
COPY search ./search
COPY runtime ./runtime
COPY documents ./documents
COPY ingest ./ingest
COPY tagging ./tagging
COPY notify ./notify
COPY accounts ./accounts
COPY evaluation ./evaluation
COPY compare ./compare
COPY oparl ./oparl
COPY search_api ./search_api
COPY ui ./ui
COPY fundus ./fundus
COPY corpus ./corpus
RUN pip install .
# Build the default model into the image so containers never convert or download at start.
ENV FUNDUS_MODEL_DIR=/opt/fundus/models FUNDUS_DATA_DIR=/data
RUN fundus model prepare
EXPOSE 8000 8501
CMD ["fundus", "serve", "--host", "0.0.0.0", "--port", "8000"]
