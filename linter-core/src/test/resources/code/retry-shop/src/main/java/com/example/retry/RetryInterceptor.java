package com.example.retry;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class RetryInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        int tries = 0;
        while (!response.isSuccessful() && tries < 3) {
            tries++;
            response.close();
            response = chain.proceed(request);
        }
        return response;
    }
}
