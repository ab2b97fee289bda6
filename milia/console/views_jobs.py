"""Train, deploy, roll back (admin): the model history, starting a job, and a job's page."""

from __future__ import annotations

import time

from aiohttp import web

from milia.console import jobs
from milia.console.app import console_of, redirect, render, requires, user_of
from milia.console.model_history import deployments, last_deployment, model_files
from milia.staff.deploy_model import USER_VARIABLE

routes = web.RouteTableDef()
REFRESH_SECONDS = 2


async def _models_page(request: web.Request, error: str = "", busy_id: int = 0, status: int = 200) -> web.Response:
    console = console_of(request)
    history = jobs.recent_jobs(console.staff, 200)
    deployed = deployments(console.paths.models)
    return render(request, "models.html", {
        "files": model_files(console.paths.models, history), "deployed": last_deployment(history),
        "deployments": deployed, "rollback_to": next((d for d in deployed if d.rollback_target), None),
        "rasa_urls": console.config.rasa_urls,
        "history": history[:30], "running": console.jobs.current, "kinds": jobs.KINDS,
        "token_set": bool(console.config.rasa_api_token), "error": error, "busy_id": busy_id,
    }, status=status)


@routes.get("/models")
@requires("admin")
async def models_page(request: web.Request) -> web.Response:
    return await _models_page(request)


@routes.post("/jobs")
@requires("admin")
async def start_job(request: web.Request) -> web.Response:
    console = console_of(request)
    form = request["form"]
    kind = str(form.get("kind") or "")
    if kind not in jobs.KINDS:
        raise web.HTTPBadRequest(text="Unknown job.")
    actor = user_of(request).name
    # The deploy reads these from its environment: the servers, who deploys, and the token (never typed).
    env = {"RASA_URL": console.config.rasa_url, "RASA_URLS": " ".join(console.config.rasa_urls),
           USER_VARIABLE: actor}
    if console.config.rasa_api_token:
        env["RASA_API_TOKEN"] = console.config.rasa_api_token
    force = kind == "train" and form.get("force") == "1"
    if force:
        env["FORCE"] = "1"

    def finished(job: jobs.Job) -> None:
        detail = f"job {job.id}: {job.status}, {job.verdict}" + (f" ({job.reason})" if job.reason else "")
        console.audit(actor, f"{kind} finished", detail)

    try:
        job_id = await console.jobs.start(console.staff, kind, actor, console.paths.root, console.paths.job_logs,
                                          env, finished)
    except jobs.Busy as exc:
        return await _models_page(request, f"Job {exc.job_id} is still running: only one runs at a time. "
                                           "Wait for it to finish, then try again.", exc.job_id, 409)
    console.audit(actor, f"{kind} started", f"job {job_id}" + (" (even if nothing changed)" if force else ""))
    raise redirect(f"/jobs/{job_id}")


@routes.get("/jobs/{job_id:[0-9]{1,9}}")
@requires("admin")
async def job_page(request: web.Request) -> web.Response:
    console = console_of(request)
    job = jobs.get_job(console.staff, int(request.match_info["job_id"]))
    if job is None:
        raise web.HTTPNotFound(text="No such job.")
    output = jobs.read_log(jobs.log_path(console.paths.job_logs, job.id))
    elapsed = (job.finished_at or time.time()) - job.started_at
    return render(request, "job.html", {
        "job": job, "output": output, "gate": jobs.gate_summary(output) if job.kind == "train" else "",
        "elapsed": int(elapsed), "refresh": REFRESH_SECONDS if job.running else 0,
    })
