namespace GhgReports.Access;

/// <summary>What a request came to: the HTTP hosts turn it into 200, 400, 401, 403 or 404.</summary>
public enum AccessOutcome
{
    Ok,
    Invalid,
    Unauthenticated,
    Forbidden,
    NotFound,
}

public sealed record Answer<T>(AccessOutcome Outcome, T? Value)
{
    public static Answer<T> Ok(T value) => new(AccessOutcome.Ok, value);

    public static Answer<T> Fail(AccessOutcome outcome) => new(outcome, default);
}
