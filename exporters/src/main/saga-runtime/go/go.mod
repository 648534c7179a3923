module eventstorm.local/sagas

go 1.19
