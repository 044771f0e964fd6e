using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>The web app's sign-in: no login CSRF, a server-side session in the cookie (never the key), sign-out and revocation end it.</summary>
public class SignInTests(AppFixture app)
{
    private readonly HttpClient _browser = app.Host.Alba.Server.CreateClient();

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://localhost.evil.example")]
    [InlineData("Referer", "https://evil.example/login-for-you.html")]
    public async Task a_sign_in_posted_from_another_site_is_refused(string header, string value)
    {
        var org = await app.Host.NewOrganizationAsync();
        var answer = await SignInAsync(org.Admin.Key, (header, value));
        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        answer.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        answer.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task signing_in_keeps_a_session_id_in_the_cookie_not_the_key_and_the_answer_is_not_cached()
    {
        var org = await app.Host.NewOrganizationAsync();
        var answer = await SignInAsync(org.Admin.Key, ("Origin", "http://localhost"));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var session = SessionOf(answer);
        session.ShouldNotContain(org.Admin.Key);
        string.Join(";", answer.Headers.GetValues("Set-Cookie")).ShouldNotContain(org.Admin.Key);

        await using (var query = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var stored = await query.LoadAsync<WebSession>(ApiKey.HashOf(session));
            stored.ShouldNotBeNull();
            stored.OrganizationId.ShouldBe(org.Id);
            stored.ExpiresAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        }

        (await WithCookieAsync(HttpMethod.Get, "/api/me", session)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A sign-in from this site's own page works however the browser says so: Referer only, or (with our
        // Referrer-Policy: no-referrer, browsers post Origin: null) Sec-Fetch-Site.
        (await SignInAsync(org.Admin.Key, ("Referer", "http://localhost/signin.html"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SignInAsync(org.Admin.Key, ("Origin", "null"), ("Sec-Fetch-Site", "same-origin"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task signing_out_ends_the_session()
    {
        var org = await app.Host.NewOrganizationAsync();
        var session = SessionOf(await SignInAsync(org.Admin.Key, ("Origin", "http://localhost")));
        (await WithCookieAsync(HttpMethod.Get, "/api/segments", session)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedOut = await WithCookieAsync(HttpMethod.Post, "/signout", session, ("Origin", "http://localhost"));
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The same cookie, kept by someone, no longer opens anything.
        (await WithCookieAsync(HttpMethod.Get, "/api/segments", session)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task revoking_the_key_ends_its_sessions()
    {
        var org = await app.Host.NewOrganizationAsync();
        var created = (await org.Admin.PostAsync("/api/keys", new { name = "browser user", role = "viewer" })).ShouldBe(HttpStatusCode.Created);
        created.Headers["Cache-Control"].ShouldContain("no-store");
        var session = SessionOf(await SignInAsync(created.Json["key"]!.GetValue<string>(), ("Origin", "http://localhost")));
        (await WithCookieAsync(HttpMethod.Get, "/api/segments", session)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await org.Admin.DeleteAsync($"/api/keys/{created.Json["id"]!.GetValue<Guid>()}")).ShouldBe(HttpStatusCode.OK);
        (await WithCookieAsync(HttpMethod.Get, "/api/segments", session)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var query = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await query.LoadAsync<WebSession>(ApiKey.HashOf(session))).ShouldBeNull();
    }

    private async Task<HttpResponseMessage> SignInAsync(string key, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("key", key)]),
        };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await _browser.SendAsync(request);
    }

    private async Task<HttpResponseMessage> WithCookieAsync(HttpMethod method, string url, string session, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", $"{Inventory.Api.Access.WebSession.Cookie}={session}");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await _browser.SendAsync(request);
    }

    private static string SessionOf(HttpResponseMessage answer)
    {
        var cookie = answer.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Inventory.Api.Access.WebSession.Cookie + "="));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        return cookie[(Inventory.Api.Access.WebSession.Cookie.Length + 1)..cookie.IndexOf(';')];
    }
}
