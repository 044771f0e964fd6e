using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Web;

/// <summary>The pages' icon is served to anyone, so no page logs a failed /favicon.ico in the browser's console.</summary>
public class FaviconTests(AppFixture app)
{
    [Theory]
    [InlineData("/favicon.svg")]
    [InlineData("/favicon.ico")]
    public async Task the_icon_is_served_without_a_key(string path)
    {
        var response = await app.Host.Alba.Server.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsStringAsync()).ShouldStartWith("<svg");
    }

    [Fact]
    public async Task every_page_links_the_icon()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "wwwroot"), "*.html").Select(Path.GetFileName).ToList();
        pages.ShouldNotBeEmpty();
        var client = app.Host.Alba.Server.CreateClient();
        foreach (var page in pages)
        {
            var html = await client.GetStringAsync($"/{page}");
            html.ShouldContain("<link rel=\"icon\" href=\"/favicon.svg\">", customMessage: page);
        }
    }
}
