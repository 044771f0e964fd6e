using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Http;

/// <summary>Every answer carries the security headers: pages, the printable pack, API answers and problems.</summary>
public class SecurityHeaderTests(AppFixture app)
{
    public const string StrictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task pages_the_pack_api_answers_and_problems_carry_a_strict_policy_nosniff_deny_and_no_referrer()
    {
        var org = await app.Host.NewOrganizationAsync();
        var review = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        var anonymous = new ApiClient(app.Host.Alba.Server.CreateClient(), "ri_none");

        var answers = new Dictionary<string, Answer>
        {
            ["/"] = await Page("/"),
            ["/signin.html"] = await Page("/signin.html"),
            ["/segment.html"] = await Page("/segment.html"),
            ["pack html"] = (await org.Admin.GetAsync($"/api/reviews/{review}?format=html")).ShouldBe(HttpStatusCode.OK),
            ["api answer"] = (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK),
            ["problem 404"] = (await org.Admin.GetAsync($"/api/segments/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound),
            ["problem 401"] = (await anonymous.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized),
            ["health"] = await Page("/health"),
        };

        foreach (var (what, answer) in answers)
        {
            answer.Headers.GetValueOrDefault("Content-Security-Policy").ShouldBe(StrictPolicy, what);
            answer.Headers.GetValueOrDefault("X-Content-Type-Options").ShouldBe("nosniff", what);
            answer.Headers.GetValueOrDefault("X-Frame-Options").ShouldBe("DENY", what);
            answer.Headers.GetValueOrDefault("Referrer-Policy").ShouldBe("no-referrer", what);
            answer.Headers.ContainsKey("Server").ShouldBeFalse(what);
        }
    }

    [Fact]
    public async Task only_the_api_reference_page_may_run_its_inline_start_up_script()
    {
        var reference = await Page("/api-reference/");
        reference.Status.ShouldBe(HttpStatusCode.OK);
        var policy = reference.Headers["Content-Security-Policy"];
        policy.ShouldContain("script-src 'self' 'unsafe-inline'");
        policy.ShouldContain("frame-ancestors 'none'");
        reference.Headers["X-Frame-Options"].ShouldBe("DENY");
        // Its script and styles are served by this host (nothing from a CDN), so 'self' covers everything but the inline parts.
        reference.Body.ShouldNotContain("https://cdn");
    }

    private async Task<Answer> Page(string path)
    {
        using var response = await app.Host.Alba.Server.CreateClient().GetAsync(path);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), null, response.Content.Headers.ContentType?.MediaType, headers);
    }
}
