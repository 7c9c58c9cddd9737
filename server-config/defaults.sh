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
# The key that signs unsubscribe links: a secret. Locally, one made once and kept in .local/ (not committed).
if [ -z "${NEWSLETTER_KEY:-}" ]; then
  newsletter_key_file="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.local/newsletter.key"
  if [ ! -s "$newsletter_key_file" ]; then
    mkdir -p "$(dirname "$newsletter_key_file")"
    (umask 077 && head -c 32 /dev/urandom | base64 > "$newsletter_key_file")
  fi
  NEWSLETTER_KEY="$(cat "$newsletter_key_file")"
fi
export DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_ADMIN_USER DB_ADMIN_PASSWORD \
  MQ_HOST MQ_PORT MQ_USER MQ_PASSWORD SMTP_HOST SMTP_PORT SMTP_USER SMTP_FROM \
  HTTP_PORT PUBLIC_BASE_URL MEDIA_DIR NEWSLETTER_KEY
