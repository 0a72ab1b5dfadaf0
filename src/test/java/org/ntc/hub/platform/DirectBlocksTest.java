package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The blocks that write straight into the page give exactly what Handlebars' own helpers give. */
class DirectBlocksTest {
  record Person(String name, boolean staff, List<String> tags) {}

  private static final List<String> TEMPLATES = List.of(
      "{{#each items}}[{{@index}}{{@first}}{{@last}}{{@odd}}{{@even}}{{@index_1}}:{{this}}]{{else}}none{{/each}}",
      "{{#each items base=3}}{{@index}}{{@key}}{{this}}{{/each}}",
      "{{#each empty}}x{{else}}nothing {{title}}{{/each}}",
      "{{#each people}}<li>{{name}}{{#if staff}} staff{{else}} member{{/if}}{{#each tags}}<b>{{this}}</b>{{/each}} in {{../title}}</li>{{/each}}",
      "{{#each map}}{{@key}}={{this}};{{/each}}",
      "{{#each items as |item i|}}{{i}}:{{item}},{{/each}}",
      "{{#if missing}}yes{{else}}no{{/if}}|{{#unless missing}}u{{else}}v{{/unless}}|{{#unless title}}a{{else}}b{{/unless}}",
      "{{#if zero}}z{{/if}}{{#if emptyText}}e{{/if}}{{#if empty}}l{{/if}}{{#if title}}<{{title}}>{{/if}}",
      "{{#if title}}{{#each people}}{{#unless staff}}{{name}}{{/unless}}{{/each}}{{/if}}",
      "{{#if missing}}a{{else if title}}b{{else}}c{{/if}}",
      "{{#each nested}}{{#each this}}{{this}}{{/each}}|{{/each}}",
      "{{#each items}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{/each}}");

  @Test
  @DisplayName("each, if and unless, nested, with else, data variables, block parameters and maps render as before")
  void sameOutput() throws IOException {
    Handlebars stock = new Handlebars().with(HtmlEscaping.INSTANCE);
    Handlebars direct = new Handlebars().with(HtmlEscaping.INSTANCE);
    direct.registerHelper("each", DirectBlocks.EACH);
    direct.registerHelper("if", DirectBlocks.IF);
    direct.registerHelper("unless", DirectBlocks.UNLESS);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "T & <b>");
    model.put("items", List.of("a", "b<", "c"));
    model.put("empty", List.of());
    model.put("zero", 0);
    model.put("emptyText", "");
    model.put("people", List.of(new Person("Anna", true, List.of("x", "y")), new Person("Bo", false, List.of())));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("one", 1);
    map.put("two", "2");
    model.put("map", map);
    model.put("nested", List.of(List.of(1, 2), List.of(), List.of(3)));
    for (String template : TEMPLATES) {
      assertThat(render(direct, template, model)).as(template).isEqualTo(render(stock, template, model));
    }
  }

  private static String render(Handlebars handlebars, String template, Map<String, Object> model) throws IOException {
    Context context = Context.newBuilder(model).resolver(MapValueResolver.INSTANCE, JsonValueResolver.INSTANCE,
        JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE).build();
    PageWriter out = new PageWriter();
    handlebars.compileInline(template).apply(context, out);
    return out.buffer().toString();
  }
}
