# Karta — developer entry points. `make` alone lists them. See DEVELOPERS.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help run test keycloak postgres openapi

help: ## list the targets
	@echo "Karta — make targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{ printf "  make %-10s %s\n", $$1, $$2 }'

run: ## start PostgreSQL, Keycloak, backend and frontend for development; Ctrl-C stops them
	@scripts/run.sh

test: ## run the test suites (scripts/test.sh)
	@scripts/test.sh

keycloak: ## make sure Keycloak (realm karta, http://127.0.0.1:8180) runs, and leave it running
	@scripts/keycloak.sh

postgres: ## make sure PostgreSQL on 127.0.0.1:5432 with database karta is there (embedded if none)
	@scripts/postgres.sh

openapi: ## regenerate openapi.yaml from the code and the SPA's API types from it
	@cd backend && ./mvnw -q -B -ntp compile quarkus:build -DskipTests && cp target/openapi/openapi.yaml ../openapi.yaml
	@cd frontend && npm run -s gen:api
	@echo "openapi.yaml and frontend/src/lib/api/schema.d.ts regenerated"
