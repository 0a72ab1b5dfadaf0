package org.ntc.hub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.jknack.handlebars.Handlebars;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamed block, if and unless write what Handlebars' own write, in every shape pages use them. */
class StreamingHelpersTest {
  private static final String TEMPLATE = """
      {{#partial "title"}}T {{name}}{{/partial}}{{#partial "content"}}<main>{{#each items}}\
      <li>{{#if on}}on {{this.label}}{{else}}off{{/if}}{{#unless on}}!{{/unless}}{{#if ../flag}}F{{/if}}</li>\
      {{/each}}{{#if missing}}x{{else if flag}}elif{{/if}}</main>{{/partial}}\
      <title>{{#block "title"}}default{{/block}}</title>{{#block "meta"}}{{/block}}{{#block "none"}}D{{name}}{{/block}}\
      {{#block "content"}}{{/block}}{{#unless flag}}u{{else}}not-u{{/unless}}{{#if items}}[{{#each items}}{{label}}{{/each}}]{{/if}}""";

  @Test
  void rendersWhatTheLibraryRenders() throws Exception {
    Handlebars library = new Handlebars();
    Handlebars streamed = new Handlebars();
    StreamingHelpers.register(streamed);
    for (Object flag : List.of(true, false, "", 0)) {
      Map<String, Object> model = Map.of("name", "<n&>", "flag", flag, "items", List.of(
          Map.of("on", true, "label", "a<"), Map.of("on", false, "label", "b"), Map.of("on", "", "label", "c")));
      StringWriter expected = new StringWriter();
      library.compileInline(TEMPLATE).apply(model, expected);
      PageWriter page = new PageWriter();
      streamed.compileInline(TEMPLATE).apply(model, page);
      assertEquals(expected.toString(), page.buffer().toString());
    }
  }
}
