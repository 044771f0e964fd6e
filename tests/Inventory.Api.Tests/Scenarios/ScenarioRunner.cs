using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Scenarios;

/// <summary>
/// Plays a scenario file (steps named after the API calls they stand for) through the HTTP API, step by step, as a client would,
/// and remembers the ids it made and the instants it marked.
/// </summary>
public sealed class ScenarioRunner(ApiClient client)
{
    public Dictionary<string, Guid> Segments { get; } = new();
    public Dictionary<string, (Guid Segment, Guid Relationship)> Relationships { get; } = new();
    public Dictionary<string, DateTimeOffset> Marks { get; } = new();

    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", "Data", name)))!.AsObject();

    public async Task RunAsync(JsonObject scenario)
    {
        foreach (var step in scenario["steps"]!.AsArray()) await StepAsync(step!.AsObject());
    }

    public async Task StepAsync(JsonObject step)
    {
        var kind = step["do"]!.GetValue<string>();
        switch (kind)
        {
            case "defineSegment":
                var created = await Ok(client.PostAsync("/api/segments", Body(step, "do", "ref")), step);
                Segments[step["ref"]!.GetValue<string>()] = created.Id("segmentId");
                break;
            case "expect":
                await Ok(client.PostAsync($"{SegmentUrl(step)}/expectations", Body(step, "do", "segment")), step);
                break;
            case "withdrawExpectation":
                await Ok(client.DeleteAsync($"{SegmentUrl(step)}/expectations/{step["type"]}?effectiveDate={step["effectiveDate"]}"), step);
                break;
            case "objective" or "changeObjective":
                await Ok(client.PostAsync($"{SegmentUrl(step)}/objective", Body(step, "do", "segment")), step);
                break;
            case "outcome":
                await Ok(client.PostAsync($"{SegmentUrl(step)}/outcomes", Body(step, "do", "segment")), step);
                break;
            case "establish":
                var established = await Ok(client.PostAsync($"{SegmentUrl(step)}/relationships", Body(step, "do", "segment", "ref")), step);
                Relationships[step["ref"]!.GetValue<string>()] = (Segments[step["segment"]!.GetValue<string>()], established.Id("relationshipId"));
                break;
            case "reviseCost":
                await Ok(client.PostAsync($"{RelationshipUrl(step)}/cost", Body(step, "do", "relationship")), step);
                break;
            case "usage":
                await Ok(client.PostAsync($"{RelationshipUrl(step)}/usage", Body(step, "do", "relationship")), step);
                break;
            case "satisfaction":
                await Ok(client.PostAsync($"{RelationshipUrl(step)}/satisfaction", Body(step, "do", "relationship")), step);
                break;
            case "adjust":
                await Ok(client.PostAsync($"{RelationshipUrl(step)}/adjust", Body(step, "do", "relationship")), step);
                break;
            case "retire":
                await Ok(client.PostAsync($"{RelationshipUrl(step)}/retire", Body(step, "do", "relationship")), step);
                break;
            case "discontinue":
                await Ok(client.PostAsync($"{SegmentUrl(step)}/discontinue", Body(step, "do", "segment")), step);
                break;
            case "reinstate":
                await Ok(client.PostAsync($"{SegmentUrl(step)}/reinstate", Body(step, "do", "segment")), step);
                break;
            case "mark":
                Marks[step["ref"]!.GetValue<string>()] = DateTimeOffset.UtcNow;
                break;
            default:
                throw new InvalidOperationException($"Unknown scenario step '{kind}'");
        }
    }

    public string KnownAt(string? reference) =>
        reference is null ? "" : Marks[reference.TrimStart('@')].ToString("O");

    public Guid Segment(string reference) => Segments[reference];
    public Guid Relationship(string reference) => Relationships[reference].Relationship;

    private string SegmentUrl(JsonObject step) => $"/api/segments/{Segments[step["segment"]!.GetValue<string>()]}";

    private string RelationshipUrl(JsonObject step)
    {
        var (segment, relationship) = Relationships[step["relationship"]!.GetValue<string>()];
        return $"/api/segments/{segment}/relationships/{relationship}";
    }

    private static JsonObject Body(JsonObject step, params string[] leaveOut)
    {
        var body = new JsonObject();
        foreach (var (name, value) in step)
        {
            if (!leaveOut.Contains(name)) body[name] = value?.DeepClone();
        }

        return body;
    }

    private static async Task<Answer> Ok(Task<Answer> call, JsonObject step)
    {
        var answer = await call;
        ((int)answer.Status is >= 200 and < 300).ShouldBeTrue($"Step {step.ToJsonString()} answered {(int)answer.Status}: {answer.Body}");
        return answer;
    }
}
