package org.designcontest.mail.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the email templates in {@code mail/} (Mustache, compiled once): {@code
 * NAME.html.mustache} with every value HTML-escaped, {@code NAME.txt.mustache} as plain text. User
 * text only ever enters as a value, never as part of a template.
 */
@ApplicationScoped
public class MailTemplates {

  private final MustacheFactory html = new DefaultMustacheFactory("mail");

  private final MustacheFactory text =
      new DefaultMustacheFactory("mail") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  public String html(String template, Map<String, Object> values) {
    return render(html, template + ".html.mustache", values);
  }

  public String text(String template, Map<String, Object> values) {
    return render(text, template + ".txt.mustache", values);
  }

  private static String render(MustacheFactory factory, String name, Map<String, Object> values) {
    StringWriter out = new StringWriter();
    factory.compile(name).execute(out, values);
    return out.toString();
  }
}
