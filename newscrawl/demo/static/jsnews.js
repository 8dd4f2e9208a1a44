// demo-jsnews: builds listings and articles from the JSON API; "Related articles"
// is fetched only when its block scrolls into view.
"use strict";

function el(tag, attrs, html) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (html !== undefined) node.innerHTML = html;
  return node;
}

function text(value) {
  const span = document.createElement("span");
  span.textContent = value;
  return span.innerHTML;
}

function renderListing(app, data) {
  const list = el("ul", { class: "story-list" });
  for (const a of data.articles) {
    const li = el("li", { class: "story-card" });
    li.appendChild(el("h2", { class: "story-title" }, `<a href="${a.url}">${text(a.title)}</a>`));
    li.appendChild(el("p", { class: "teaser" }, text(a.teaser)));
    li.appendChild(el("span", { class: "card-meta" }, `${text(a.section)} · ${text(a.date)}`));
    list.appendChild(li);
  }
  app.replaceChildren(list);
  const nav = el("nav", { class: "pagination" });
  if (data.page > 1) {
    nav.appendChild(el("a", { href: data.page === 2 ? "/" : `/page/${data.page - 1}/`, rel: "prev" }, "Newer"));
  }
  if (data.page < data.pages) {
    nav.appendChild(el("a", { href: `/page/${data.page + 1}/`, rel: "next" }, "Older"));
  }
  app.appendChild(nav);
}

function renderBlock(body, block) {
  switch (block.kind) {
    case "p": body.appendChild(el("p", {}, block.html)); break;
    case "h2": body.appendChild(el("h2", {}, block.html)); break;
    case "ul": body.appendChild(el("ul", {}, block.items.map((i) => `<li>${i}</li>`).join(""))); break;
    case "blockquote":
      body.appendChild(el("blockquote", {}, block.items.map((i) => `<p>${i}</p>`).join(""))); break;
    case "figure":
      body.appendChild(el("figure", {}, `<img src="${block.src}" alt=""><figcaption>${block.html}</figcaption>`));
      break;
    case "also_read": body.appendChild(el("p", { class: "also-read" }, block.html)); break;
    case "ad": body.appendChild(el("div", { class: "ad-slot" }, "<span>Advertisement</span>")); break;
    case "newsletter":
      body.appendChild(el("div", { class: "newsletter" }, "<p>Get the day's top stories in your inbox.</p><button>Subscribe</button>"));
      break;
  }
}

function renderArticle(app, a) {
  document.title = a.title;
  const head = document.head;
  head.appendChild(el("link", { rel: "canonical", href: a.url }));
  if (a.description) head.appendChild(el("meta", { name: "description", content: a.description }));
  head.appendChild(el("meta", { property: "og:title", content: a.title }));
  if (a.image) head.appendChild(el("meta", { property: "og:image", content: a.image }));
  if (a.jsonld) {
    const ld = el("script", { type: "application/ld+json" });
    ld.textContent = JSON.stringify(a.jsonld);
    head.appendChild(ld);
  }
  const art = el("article", { class: "story", itemscope: "", itemtype: "https://schema.org/NewsArticle" });
  const header = el("header", { class: "story-header" });
  header.appendChild(el("a", { class: "section-label", href: "/" }, text(a.section)));
  header.appendChild(el("h1", { class: "headline", itemprop: "headline" }, text(a.title)));
  if (a.description) header.appendChild(el("p", { class: "standfirst" }, text(a.description)));
  const meta = el("div", { class: "story-meta" });
  const broken = document.body.dataset.layout === "broken";
  if (a.byline.length && broken) {
    meta.appendChild(el("span", { class: "credit" }, "Story: " + a.byline.map(text).join(" / ")));
  } else if (a.byline.length) {
    meta.appendChild(el("span", { class: "byline" }, "By " + a.byline.map(text).join(", ")));
  }
  if (a.published) {
    meta.appendChild(el("time", { class: "published", datetime: a.published }, text(a.published_text)));
  } else {
    meta.appendChild(el("span", { class: "published" }, text(a.published_text)));
  }
  header.appendChild(meta);
  art.appendChild(header);
  if (a.image) art.appendChild(el("figure", { class: "lead" }, `<img src="${a.image}" alt="">`));
  const body = el("div", { class: "story-body", itemprop: "articleBody" });
  for (const block of a.blocks) renderBlock(body, block);
  art.appendChild(body);
  if (a.tags.length) art.appendChild(el("div", { class: "tags" }, a.tags.map((t) => `<span>${text(t)}</span>`).join(" ")));
  app.replaceChildren(art);
}

function loadRelated(box) {
  fetch(box.dataset.src).then((r) => r.json()).then((data) => {
    const items = data.articles.map((a) => `<li><h4><a href="${a.url}">${text(a.title)}</a></h4></li>`);
    const heading = document.body.dataset.layout === "broken" ? "More stories" : "Related articles";
    box.innerHTML = `<h3>${heading}</h3><ul>${items.join("")}</ul>`;
    box.dataset.loaded = "1";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const app = document.getElementById("app");
  fetch(app.dataset.src).then((r) => r.json()).then((data) => {
    if (app.dataset.kind === "listing") renderListing(app, data);
    else renderArticle(app, data);
    const box = document.getElementById("related");
    if (!box) return;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        loadRelated(box);
      }
    });
    seen.observe(box);
  });
});
