# Local defaults for every setting the server resources read (server-config/resources.asadmin).
# Sourced by the scripts here; anything already set in the environment wins. The README lists them.
: "${DB_HOST:=127.0.0.1}"
: "${DB_PORT:=5432}"
: "${DB_NAME:=designcontest}"
: "${DB_USER:=designcontest}"
: "${DB_PASSWORD:=designcontest}"
: "${DB_ADMIN_USER:=postgres}"
: "${DB_ADMIN_PASSWORD:=}"
: "${MQ_HOST:=127.0.0.1}"
: "${MQ_PORT:=7676}"
: "${MQ_USER:=admin}"
: "${MQ_PASSWORD:=admin}"
: "${SMTP_HOST:=127.0.0.1}"
: "${SMTP_PORT:=3025}"
: "${SMTP_USER:=designcontest}"
: "${SMTP_FROM:=no-reply@designcontest.local}"
: "${HTTP_PORT:=8080}"
: "${MEDIA_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.local/media}"
: "${PUBLIC_BASE_URL:=http://localhost:${HTTP_PORT}}"
export DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_ADMIN_USER DB_ADMIN_PASSWORD \
  MQ_HOST MQ_PORT MQ_USER MQ_PASSWORD SMTP_HOST SMTP_PORT SMTP_USER SMTP_FROM \
  HTTP_PORT PUBLIC_BASE_URL MEDIA_DIR
