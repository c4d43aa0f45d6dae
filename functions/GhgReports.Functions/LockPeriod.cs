using GhgReports.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GhgReports.Functions;

/// <summary>
/// Group HQ locks a verified period (POST) or unlocks it (DELETE):
/// /api/periods/{subsidiary}/{year}/lock?verifier=…&amp;statement=…&amp;actor=… (unlock: ?actor=…&amp;reason=…).
/// Function-key protected until the role-based sign-in of the web page exists.
/// </summary>
public sealed class LockPeriod(PeriodLocks locks)
{
    [Function(nameof(LockPeriod))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", "delete", Route = "periods/{subsidiary}/{year:int}/lock")] HttpRequest request,
        string subsidiary, int year, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var actor = query["actor"].ToString();
        if (!GhgReports.Intake.SubsidiaryCode.IsValid(subsidiary) || actor.Length == 0)
        {
            return new BadRequestObjectResult("subsidiary code and actor are required");
        }
        if (HttpMethods.IsDelete(request.Method))
        {
            await locks.UnlockAsync(subsidiary, year, actor, query["reason"].ToString(), cancellationToken).ConfigureAwait(false);
            return new OkObjectResult(new { subsidiary, year, locked = false });
        }
        var verifier = query["verifier"].ToString();
        var statement = query["statement"].ToString();
        if (verifier.Length == 0 || statement.Length == 0)
        {
            return new BadRequestObjectResult("verifier and statement are required to lock a period");
        }
        await locks.LockAsync(subsidiary, year, verifier, statement, actor, cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(new { subsidiary, year, locked = true, verifier, statement });
    }
}
